#include "engine/fusedareascoring.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

using namespace targetgroup::engine;

namespace
{

constexpr int kOutside = ScoringSession::kOutsideEveryGroup;
constexpr long long kUnmatched = FusedAreaScoring::kUnmatched;

// The profile of test_scoringsession.cpp: two households types with scores
// 0.400389 (bin 4004) and -0.549306 (bin -5493); at prevalence 0.5 their
// probabilities are 0.616531 and 0.383469.
Profile twoTypeProfile()
{
  Profile profile;
  profile.seedCount = 20;
  profile.baseCount = 100;
  profile.priorStrength = 10;
  ProfileField lang;
  lang.name = "lang";
  lang.categories = { { "nl", 18, 60 }, { "other", 2, 40 } };
  ProfileField education;
  education.name = "edu";
  education.scoringWeight = 0.5;
  education.categories = { { "low", 12, 30 }, { "high", 8, 70 } };
  profile.fields = { lang, education };
  return profile;
}

// Three fields of 2, 3 and 4 categories: 24 household types, 24 distinct
// scores, so many households share a bin and the cut falls inside a bin.
Profile richProfile()
{
  Profile profile;
  profile.seedCount = 200;
  profile.baseCount = 1000;
  profile.priorStrength = 10;
  const std::vector<std::vector<ProfileCategory>> fields = {
      { { "a", 150, 500 }, { "b", 50, 500 } },
      { { "x", 20, 300 }, { "y", 80, 300 }, { "z", 100, 400 } },
      { { "1", 10, 250 }, { "2", 40, 250 }, { "3", 60, 250 }, { "4", 90, 250 } },
  };
  for ( std::size_t f = 0; f < fields.size(); ++f )
  {
    ProfileField field;
    field.name = "f" + std::to_string( f );
    field.categories = fields[f];
    profile.fields.push_back( field );
  }
  return profile;
}

struct Household
{
  std::vector<FieldValue> values;
  int group = kOutside;
  long long area = kUnmatched;
  bool member = false;
  bool inSeveralAreas = false;
};

struct Scenario
{
  std::vector<double> groupPrevalences; //!< empty: one prevalence
  double prevalence = 0.1;
  std::size_t areaCount = 10;
  std::vector<Household> households;
};

/**
 * Households of the rich profile. Grouped: in area order (as
 * synthetichouseholds writes them); otherwise areas in random order. Areas
 * from firstEmptyArea on get no households. Group of area a: a % groups,
 * except areas whose index is a multiple of 7 (outside every group).
 */
Scenario richScenario( unsigned seed, std::size_t households, std::size_t areaCount, std::vector<double> groupPrevalences, double prevalence, bool grouped, double unmatchedShare = 0.05, std::size_t firstEmptyArea = 0 )
{
  Scenario scenario;
  scenario.groupPrevalences = std::move( groupPrevalences );
  scenario.prevalence = prevalence;
  scenario.areaCount = areaCount;
  const std::size_t usedAreas = firstEmptyArea > 0 ? firstEmptyArea : areaCount;
  std::mt19937 random( seed );
  std::uniform_int_distribution<int> two( 0, 1 ), three( 0, 2 ), four( 0, 3 );
  std::uniform_real_distribution<double> unit( 0, 1 );
  const char *first[] = { "a", "b" };
  const char *second[] = { "x", "y", "z" };
  const char *third[] = { "1", "2", "3", "4" };
  for ( std::size_t i = 0; i < households; ++i )
  {
    Household household;
    household.values = { FieldValue::ofText( first[two( random )] ), FieldValue::ofText( second[three( random )] ), FieldValue::ofText( third[four( random )] ) };
    if ( unit( random ) < unmatchedShare )
      household.area = kUnmatched;
    else
      household.area = grouped ? static_cast<long long>( i * usedAreas / households ) : static_cast<long long>( random() % usedAreas );
    const int groups = static_cast<int>( scenario.groupPrevalences.size() );
    if ( groups > 0 && household.area != kUnmatched && household.area % 7 != 0 )
      household.group = static_cast<int>( household.area % groups );
    household.member = unit( random ) < 0.3;
    household.inSeveralAreas = household.area != kUnmatched && unit( random ) < 0.02;
    scenario.households.push_back( household );
  }
  return scenario;
}

//! Separate steps of the same households in another reading order (a fixed shuffle).
Scenario shuffled( Scenario scenario, unsigned seed )
{
  std::mt19937 random( seed );
  std::shuffle( scenario.households.begin(), scenario.households.end(), random );
  return scenario;
}

/**
 * Twin areas 2k (group 0) and 2k + 1 (group 1) with the same households:
 * the two groups have the same histogram and prevalence, hence the same
 * intercept, so every bin's probability is shared by two (group, bin): ties
 * across bins at the cut. In area order.
 */
Scenario twinScenario( unsigned seed, std::size_t areaPairs, std::size_t householdsPerArea )
{
  Scenario scenario;
  scenario.groupPrevalences = { 0.1, 0.1 };
  scenario.prevalence = 0.1;
  scenario.areaCount = 2 * areaPairs;
  const char *first[] = { "a", "b" };
  const char *second[] = { "x", "y", "z" };
  const char *third[] = { "1", "2", "3", "4" };
  for ( std::size_t area = 0; area < scenario.areaCount; ++area )
  {
    std::mt19937 random( seed + static_cast<unsigned>( area / 2 ) );
    for ( std::size_t i = 0; i < householdsPerArea; ++i )
    {
      Household household;
      household.values = { FieldValue::ofText( first[random() % 2] ), FieldValue::ofText( second[random() % 3] ), FieldValue::ofText( third[random() % 4] ) };
      household.area = static_cast<long long>( area );
      household.group = static_cast<int>( area % 2 );
      household.member = random() % 3 == 0;
      scenario.households.push_back( household );
    }
  }
  return scenario;
}

/**
 * The twin areas zipped: household i of area 2k, then household i of area
 * 2k + 1, and so on. A bin's households of area 2k then form one long run
 * that overlaps the run of the twin area's (other group's) bin of equal
 * probability: the interleaving the runs cannot resolve.
 */
Scenario zipped( const Scenario &twins, std::size_t householdsPerArea )
{
  Scenario scenario = twins;
  scenario.households.clear();
  for ( std::size_t pair = 0; pair < twins.areaCount / 2; ++pair )
  {
    for ( std::size_t i = 0; i < householdsPerArea; ++i )
    {
      scenario.households.push_back( twins.households[2 * pair * householdsPerArea + i] );
      scenario.households.push_back( twins.households[( 2 * pair + 1 ) * householdsPerArea + i] );
    }
  }
  return scenario;
}

//! What the separate steps give: ScoringSession (two passes) then AreaAggregationSession.
struct Separate
{
  std::unique_ptr<ScoringSession> scoring;
  std::unique_ptr<AreaAggregationSession> aggregation;
};

Separate separateSteps( const Profile &profile, const Scenario &scenario, bool slopeCalibration = false )
{
  Separate result;
  if ( scenario.groupPrevalences.empty() )
    result.scoring = std::make_unique<ScoringSession>( profile, ScoringMethod::ProfileLikelihood, scenario.prevalence );
  else
    result.scoring = std::make_unique<ScoringSession>( profile, ScoringMethod::ProfileLikelihood, scenario.groupPrevalences, scenario.prevalence );
  result.scoring->setSlopeCalibration( slopeCalibration );
  for ( const Household &household : scenario.households )
    result.scoring->addHousehold( household.values, household.group );
  result.scoring->finishCalibration();
  result.aggregation = std::make_unique<AreaAggregationSession>( scenario.areaCount );
  for ( const Household &household : scenario.households )
  {
    const ScoredHousehold scored = result.scoring->scoreHousehold( household.values, household.group );
    if ( household.area == kUnmatched )
      result.aggregation->addUnmatched();
    else
      result.aggregation->addHousehold( household.area, scored.probability, scored.inReferenceGroup, household.member, household.inSeveralAreas );
  }
  result.scoring->finishScoring();
  return result;
}

std::unique_ptr<FusedAreaScoring> newFused( const Profile &profile, const Scenario &scenario )
{
  if ( scenario.groupPrevalences.empty() )
    return std::make_unique<FusedAreaScoring>( profile, ScoringMethod::ProfileLikelihood, scenario.prevalence, scenario.areaCount );
  return std::make_unique<FusedAreaScoring>( profile, ScoringMethod::ProfileLikelihood, scenario.groupPrevalences, scenario.prevalence, scenario.areaCount );
}

//! Reads households [begin, end) into the session.
void fill( FusedAreaScoring &fused, const Scenario &scenario, std::size_t begin, std::size_t end )
{
  for ( std::size_t i = begin; i < end; ++i )
  {
    const Household &household = scenario.households[i];
    fused.addHousehold( household.values, household.group, household.area, household.member, household.inSeveralAreas );
  }
}

//! finish(), and the tie pass when asked; returns whether it was asked.
bool finishFused( FusedAreaScoring &fused, const Scenario &scenario )
{
  fused.finish();
  if ( !fused.needsTiePass() )
    return false;
  for ( const Household &household : scenario.households )
    fused.addTiePassHousehold( household.values, household.group, household.area );
  fused.finishTiePass();
  return true;
}

std::unique_ptr<FusedAreaScoring> fusedOnePass( const Profile &profile, const Scenario &scenario, bool *tiePass = nullptr )
{
  auto fused = newFused( profile, scenario );
  fill( *fused, scenario, 0, scenario.households.size() );
  const bool tie = finishFused( *fused, scenario );
  if ( tiePass )
    *tiePass = tie;
  return fused;
}

void expectRelativelyNear( double actual, double expected, const std::string &what )
{
  EXPECT_LE( std::fabs( actual - expected ), 1e-9 * std::max( 1.0, std::fabs( expected ) ) ) << what << ": " << actual << " vs " << expected;
}

void expectSameFigures( const FusedAreaScoring &fused, const Separate &separate )
{
  const ScoringSession &scoring = *separate.scoring;
  const AreaAggregationSession &aggregation = *separate.aggregation;
  EXPECT_EQ( fused.households(), scoring.households() );
  EXPECT_EQ( fused.expectedTotal(), scoring.expectedTotal() ); // the same histograms: to the bit
  EXPECT_EQ( fused.referenceSize(), scoring.referenceSize() );
  EXPECT_EQ( fused.referenceCount(), scoring.referenceCount() );
  EXPECT_EQ( fused.referenceCut().thresholdProbability, scoring.referenceCut().thresholdProbability );
  EXPECT_EQ( fused.referenceCut().takeAtThreshold, scoring.referenceCut().takeAtThreshold );
  EXPECT_EQ( fused.unseenValues(), scoring.unseenValues() );
  EXPECT_EQ( fused.read(), aggregation.read() );
  EXPECT_EQ( fused.matched(), aggregation.matched() );
  EXPECT_EQ( fused.unmatched(), aggregation.unmatched() );
  EXPECT_EQ( fused.multiple(), aggregation.multiple() );
  for ( long long area = 0; area < static_cast<long long>( fused.areaCount() ); ++area )
  {
    const AreaTotals &mine = fused.totals( area );
    const AreaTotals &theirs = aggregation.totals( area );
    const std::string name = "area " + std::to_string( area );
    EXPECT_EQ( mine.households, theirs.households ) << name;
    EXPECT_EQ( mine.reference, theirs.reference ) << name;
    EXPECT_EQ( mine.members, theirs.members ) << name;
    expectRelativelyNear( mine.expected, theirs.expected, name + " expected" );
    expectRelativelyNear( mine.variance, theirs.variance, name + " variance" );
    expectRelativelyNear( mine.memberExpected, theirs.memberExpected, name + " memberExpected" );
    AggregationSettings settings;
    settings.minimumCount = 5;
    settings.membershipKnown = true;
    const AreaFigures a = fused.figures( area, settings ), b = aggregation.figures( area, settings );
    EXPECT_EQ( a.suppressed, b.suppressed ) << name;
    EXPECT_EQ( a.index.has_value(), b.index.has_value() ) << name;
    if ( a.index && b.index )
      expectRelativelyNear( *a.index, *b.index, name + " index" );
    if ( a.expectedLow && b.expectedLow )
    {
      expectRelativelyNear( *a.expectedLow, *b.expectedLow, name + " low" );
      expectRelativelyNear( *a.expectedHigh, *b.expectedHigh, name + " high" );
    }
  }
  ASSERT_TRUE( fused.overallShare().has_value() == aggregation.overallShare().has_value() );
  if ( fused.overallShare() )
    expectRelativelyNear( *fused.overallShare(), *aggregation.overallShare(), "overall share" );
}

void expectBitIdentical( const FusedAreaScoring &a, const FusedAreaScoring &b )
{
  EXPECT_EQ( a.households(), b.households() );
  EXPECT_EQ( a.expectedTotal(), b.expectedTotal() );
  EXPECT_EQ( a.referenceCount(), b.referenceCount() );
  EXPECT_EQ( a.unmatched(), b.unmatched() );
  EXPECT_EQ( a.multiple(), b.multiple() );
  EXPECT_EQ( a.unseenValues(), b.unseenValues() );
  EXPECT_EQ( a.runCount(), b.runCount() );
  for ( long long area = 0; area < static_cast<long long>( a.areaCount() ); ++area )
  {
    EXPECT_EQ( a.totals( area ).households, b.totals( area ).households );
    EXPECT_EQ( a.totals( area ).reference, b.totals( area ).reference );
    EXPECT_EQ( a.totals( area ).members, b.totals( area ).members );
    EXPECT_EQ( a.totals( area ).expected, b.totals( area ).expected );
    EXPECT_EQ( a.totals( area ).variance, b.totals( area ).variance );
    EXPECT_EQ( a.totals( area ).memberExpected, b.totals( area ).memberExpected );
  }
}

} // namespace

TEST( FusedAreaScoring, ByHand )
{
  const std::vector<FieldValue> high = { FieldValue::ofText( "nl" ), FieldValue::ofText( "low" ) };
  const std::vector<FieldValue> low = { FieldValue::ofText( "other" ), FieldValue::ofText( "high" ) };
  FusedAreaScoring fused( twoTypeProfile(), ScoringMethod::ProfileLikelihood, 0.5, 3 );
  // Reading order: area 0 high (member), area 1 low, area 1 high, unmatched low.
  EXPECT_NEAR( fused.addHousehold( high, kOutside, 0, true ), 0.400389, 1e-6 );
  fused.addHousehold( low, kOutside, 1, false );
  fused.addHousehold( high, kOutside, 1, false, true );
  fused.addHousehold( low, kOutside, kUnmatched, true );
  fused.finish();
  ASSERT_FALSE( fused.needsTiePass() );
  // p = 0.616531 (high) and 0.383469 (low); reference round(0.5 x 4) = 2: the two highs.
  EXPECT_EQ( fused.referenceCount(), 2 );
  EXPECT_EQ( fused.totals( 0 ).households, 1 );
  EXPECT_NEAR( fused.totals( 0 ).expected, 0.616531, 1e-6 );
  EXPECT_NEAR( fused.totals( 0 ).variance, 0.616531 * 0.383469, 1e-6 );
  EXPECT_EQ( fused.totals( 0 ).reference, 1 );
  EXPECT_EQ( fused.totals( 0 ).members, 1 );
  EXPECT_NEAR( fused.totals( 0 ).memberExpected, 0.616531, 1e-6 );
  EXPECT_EQ( fused.totals( 1 ).households, 2 );
  EXPECT_NEAR( fused.totals( 1 ).expected, 1.0, 1e-6 );
  EXPECT_EQ( fused.totals( 1 ).reference, 1 );
  EXPECT_EQ( fused.totals( 1 ).members, 0 );
  EXPECT_EQ( fused.totals( 2 ).households, 0 ); // an empty area
  EXPECT_EQ( fused.unmatched(), 1 );
  EXPECT_EQ( fused.matched(), 3 );
  EXPECT_EQ( fused.multiple(), 1 );
  EXPECT_EQ( fused.unmatchedTotals().members, 1 );
  EXPECT_NEAR( fused.unmatchedTotals().expected, 0.383469, 1e-6 );
  EXPECT_NEAR( fused.allMatched().expected, 1.616531, 1e-6 );
  EXPECT_NEAR( *fused.overallShare(), 1.616531 / 3, 1e-6 );
}

TEST( FusedAreaScoring, TieAtTheCutTakesTheFirstRead )
{
  // Four households of one type: equal probability 0.3; reference round(0.3 x 4) = 1,
  // the first read, which is in area 1.
  const std::vector<FieldValue> high = { FieldValue::ofText( "nl" ), FieldValue::ofText( "low" ) };
  FusedAreaScoring fused( twoTypeProfile(), ScoringMethod::ProfileLikelihood, 0.3, 2 );
  fused.addHousehold( high, kOutside, 1, false );
  fused.addHousehold( high, kOutside, 0, false );
  fused.addHousehold( high, kOutside, 0, false );
  fused.addHousehold( high, kOutside, 1, false );
  fused.finish();
  ASSERT_FALSE( fused.needsTiePass() );
  EXPECT_EQ( fused.totals( 1 ).reference, 1 );
  EXPECT_EQ( fused.totals( 0 ).reference, 0 );
  EXPECT_NEAR( fused.totals( 0 ).expected, 0.6, 1e-12 );
}

TEST( FusedAreaScoring, OnePrevalenceEqualsTheSeparateSteps )
{
  const Profile profile = richProfile();
  for ( const bool grouped : { true, false } )
  {
    const Scenario scenario = richScenario( 11, 5000, 37, {}, 0.137, grouped );
    bool tiePass = true;
    const auto fused = fusedOnePass( profile, scenario, &tiePass );
    EXPECT_FALSE( tiePass ) << "one prevalence: one bin per probability";
    expectSameFigures( *fused, separateSteps( profile, scenario ) );
  }
}

TEST( FusedAreaScoring, GroupPrevalencesAndOutsideEveryGroupEqualTheSeparateSteps )
{
  const Profile profile = richProfile();
  for ( const bool grouped : { true, false } )
  {
    const Scenario scenario = richScenario( 12, 6000, 40, { 0.05, 0.2, 0.12, 0.3 }, 0.1, grouped );
    const auto fused = fusedOnePass( profile, scenario );
    const Separate separate = separateSteps( profile, scenario );
    expectSameFigures( *fused, separate );
    for ( int group = kOutside; group < 4; ++group )
    {
      EXPECT_EQ( fused->householdsInGroup( group ), separate.scoring->householdsInGroup( group ) );
      EXPECT_EQ( fused->calibration( group ).intercept, separate.scoring->calibration( group ).intercept );
    }
  }
}

TEST( FusedAreaScoring, EmptyAreasAndAllUnmatched )
{
  const Profile profile = richProfile();
  const Scenario scenario = richScenario( 13, 3000, 50, { 0.1, 0.2 }, 0.15, true, 0.1, 20 );
  const auto fused = fusedOnePass( profile, scenario );
  expectSameFigures( *fused, separateSteps( profile, scenario ) );
  for ( long long area = 20; area < 50; ++area )
    EXPECT_EQ( fused->totals( area ).households, 0 );

  const Scenario nowhere = richScenario( 14, 500, 5, {}, 0.2, true, 1.0 );
  const auto unmatched = fusedOnePass( profile, nowhere );
  EXPECT_EQ( unmatched->matched(), 0 );
  EXPECT_EQ( unmatched->unmatched(), 500 );
  EXPECT_FALSE( unmatched->overallShare().has_value() );
  expectSameFigures( *unmatched, separateSteps( profile, nowhere ) );
}

TEST( FusedAreaScoring, TiesAcrossBinsNeedATiePassOnlyWhenAreasInterleave )
{
  const Profile profile = richProfile();
  const Scenario grouped = twinScenario( 21, 12, 150 );
  // In area order the runs place the cut; zipped twins need the tie pass;
  // shuffled, either (mostly runs of one household, whose positions are exact).
  enum Expect
  {
    NoTiePass,
    TiePass,
    Either
  };
  const std::vector<std::pair<Scenario, Expect>> cases = { { grouped, NoTiePass }, { shuffled( grouped, 3 ), Either }, { zipped( grouped, 150 ), TiePass } };
  for ( const auto &[scenario, needsTiePass] : cases )
  {
    bool tiePass = false;
    const auto fused = fusedOnePass( profile, scenario, &tiePass );
    const Separate separate = separateSteps( profile, scenario );
    EXPECT_EQ( separate.scoring->calibration( 0 ).intercept, separate.scoring->calibration( 1 ).intercept );
    EXPECT_GT( separate.scoring->referenceCut().takeAtThreshold, 0 );
    if ( needsTiePass != Either )
    {
      EXPECT_EQ( tiePass, needsTiePass == TiePass );
    }
    expectSameFigures( *fused, separate );
  }
}

TEST( FusedAreaScoring, MergedRangesEqualOneSessionExactly )
{
  const Profile profile = richProfile();
  const std::vector<Scenario> scenarios = { richScenario( 16, 4000, 25, { 0.1, 0.25, 1.0 }, 0.12, true ), richScenario( 16, 4000, 25, { 0.1, 0.25, 1.0 }, 0.12, false ), twinScenario( 16, 10, 200 ), shuffled( twinScenario( 16, 10, 200 ), 5 ), zipped( twinScenario( 16, 10, 200 ), 200 ) };
  for ( const Scenario &scenario : scenarios )
  {
    const auto single = fusedOnePass( profile, scenario );
    for ( const std::vector<std::size_t> &cuts : std::vector<std::vector<std::size_t>>{ { 0, 2000, 4000 }, { 0, 1, 1333, 2999, 4000 }, { 0, 0, 4000, 4000 } } )
    {
      std::unique_ptr<FusedAreaScoring> merged = newFused( profile, scenario );
      fill( *merged, scenario, cuts[0], cuts[1] );
      for ( std::size_t range = 1; range + 1 < cuts.size(); ++range )
      {
        const auto part = newFused( profile, scenario );
        fill( *part, scenario, cuts[range], cuts[range + 1] );
        merged->merge( *part );
      }
      finishFused( *merged, scenario );
      expectBitIdentical( *merged, *single );
    }
    expectSameFigures( *single, separateSteps( profile, scenario ) );
  }
}

TEST( FusedAreaScoring, ToAggregationSessionHoldsTheSameHouseholds )
{
  const Profile profile = richProfile();
  const Scenario scenario = richScenario( 17, 3000, 20, { 0.1, 1.0 }, 0.2, false );
  const auto fused = fusedOnePass( profile, scenario );
  const AreaAggregationSession replayed = fused->toAggregationSession();
  Separate separate = separateSteps( profile, scenario );
  separate.aggregation = std::make_unique<AreaAggregationSession>( fused->toAggregationSession() );
  expectSameFigures( *fused, separate );
  EXPECT_EQ( replayed.read(), 3000 );
}

TEST( FusedAreaScoring, RunsGrowWithAreasAndBinsWhenGrouped )
{
  const Profile profile = richProfile();
  const Scenario grouped = richScenario( 18, 20000, 10, {}, 0.1, true, 0.0 );
  const auto fused = fusedOnePass( profile, grouped );
  // 24 household types, 10 areas: at most 240 runs for 20,000 households.
  EXPECT_LE( fused->runCount(), 240u );
  EXPECT_EQ( fused->binCount(), 24u );
}

TEST( FusedAreaScoring, Errors )
{
  const Profile profile = richProfile();
  const std::vector<FieldValue> values = { FieldValue::ofText( "a" ), FieldValue::ofText( "x" ), FieldValue::ofText( "1" ) };
  EXPECT_THROW( FusedAreaScoring( profile, ScoringMethod::ProfileLikelihood, 1.5, 3 ), ScoringSessionError );
  EXPECT_THROW( FusedAreaScoring( profile, ScoringMethod::ProfileLikelihood, { 0.1, -0.1 }, 0.1, 3 ), ScoringSessionError );
  FusedAreaScoring fused( profile, ScoringMethod::ProfileLikelihood, { 0.1 }, 0.1, 3 );
  EXPECT_THROW( fused.addHousehold( values, 1, 0, false ), ScoringSessionError );
  EXPECT_THROW( fused.addHousehold( values, 0, 3, false ), AggregationError );
  EXPECT_THROW( fused.addHousehold( values, 0, -2, false ), AggregationError );
  EXPECT_EQ( fused.households(), 0 ) << "a refused household changes nothing";
  EXPECT_THROW( fused.expectedTotal(), ScoringSessionError );
  EXPECT_THROW( fused.addTiePassScore( 0.0, 0, 0 ), ScoringSessionError );
  FusedAreaScoring otherAreas( profile, ScoringMethod::ProfileLikelihood, { 0.1 }, 0.1, 4 );
  EXPECT_THROW( fused.merge( otherAreas ), AggregationError );
  fused.addHousehold( values, 0, 0, false );
  fused.finish();
  EXPECT_THROW( fused.finish(), ScoringSessionError );
  EXPECT_THROW( fused.addHousehold( values, 0, 0, false ), ScoringSessionError );
  EXPECT_THROW( fused.totals( kUnmatched ), AggregationError );
  FusedAreaScoring later( profile, ScoringMethod::ProfileLikelihood, { 0.1 }, 0.1, 3 );
  EXPECT_THROW( fused.merge( later ), ScoringSessionError );
}

TEST( FusedAreaScoring, TiePassThatReadsOtherHouseholdsThrows )
{
  const Profile profile = richProfile();
  const Scenario scenario = zipped( twinScenario( 19, 10, 100 ), 100 );
  const auto fused = newFused( profile, scenario );
  fill( *fused, scenario, 0, scenario.households.size() );
  fused->finish();
  ASSERT_TRUE( fused->needsTiePass() );
  for ( std::size_t i = 0; i + 1 < scenario.households.size(); ++i )
    fused->addTiePassHousehold( scenario.households[i].values, scenario.households[i].group, scenario.households[i].area );
  try
  {
    fused->finishTiePass();
    ADD_FAILURE() << "no error";
  }
  catch ( const ScoringSessionError &error )
  {
    EXPECT_EQ( error.reason(), ScoringSessionError::Reason::InputChanged );
    EXPECT_EQ( error.count(), 1999 );
    EXPECT_EQ( error.limit(), 2000 );
  }
}

TEST( FusedAreaScoring, SlopeCalibrationEqualsTheSeparateSteps )
{
  // Several groups with different prevalences: both fit the same slope from
  // the same group histograms, and score every bin at slope x score.
  const Profile profile = richProfile();
  for ( const bool grouped : { true, false } )
  {
    const Scenario scenario = richScenario( 14, 6000, 40, { 0.03, 0.25, 0.12, 0.4 }, 0.1, grouped );
    auto fused = newFused( profile, scenario );
    fused->setSlopeCalibration( true );
    fill( *fused, scenario, 0, scenario.households.size() );
    finishFused( *fused, scenario );
    const Separate separate = separateSteps( profile, scenario, true );
    EXPECT_EQ( fused->slopeFit().slope, separate.scoring->slopeFit().slope );
    EXPECT_NE( fused->slopeFit().slope, 1.0 ) << "the scenario has a slope to fit";
    expectSameFigures( *fused, separate );
  }
}
