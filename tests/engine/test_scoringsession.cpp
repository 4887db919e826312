#include "engine/scoringsession.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace targetgroup::engine;

namespace
{

// The profile of test_scoring.cpp: seed 20 of base 100 households, prior strength k = 10.
//   lang: nl    seed 18 base 60   other seed 2 base 40
//   edu:  low   seed 12 base 30   high  seed 8 base 70   (scoringWeight 0.5)
// Scores (method 0), as there:
//   nl/low     ln(28/22) + 0.5 ln(22/16) =  0.400389 -> bin  4004
//   other/high ln(12/18) + 0.5 ln(18/24) = -0.549306 -> bin -5493
Profile fixtureProfile()
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

std::vector<FieldValue> household( const char *lang, const char *education )
{
  return { FieldValue::ofText( lang ), FieldValue::ofText( education ) };
}

const std::vector<FieldValue> kHigh = household( "nl", "low" );
const std::vector<FieldValue> kLow = household( "other", "high" );
constexpr int kOutside = ScoringSession::kOutsideEveryGroup;

// Scores 0.4004 and -0.5493 at prevalence 0.5 (test_calibration.cpp): b = 0.07445,
// p = logistic(+-0.47485) = 0.616531 and 0.383469.
constexpr double kHighAtHalf = 0.616531;
constexpr double kLowAtHalf = 0.383469;

//! The error a call throws (a test failure when it throws none).
template<typename Call>
ScoringSessionError errorOf( Call call )
{
  try
  {
    call();
  }
  catch ( const ScoringSessionError &error )
  {
    return error;
  }
  ADD_FAILURE() << "no ScoringSessionError";
  return ScoringSessionError( ScoringSessionError::Reason::Usage, "none" );
}

template<typename Call>
ScoringSessionError::Reason reasonOf( Call call )
{
  return errorOf( call ).reason();
}

} // namespace

TEST( ScoringSession, TwoHouseholdsByHand )
{
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.5 );
  ASSERT_EQ( session.fields().size(), 2u );
  EXPECT_EQ( session.groupCount(), 0 );
  EXPECT_NEAR( session.addHousehold( kHigh, kOutside ), 0.400389, 1e-6 );
  EXPECT_NEAR( session.addHousehold( kLow, kOutside ), -0.549306, 1e-6 );
  EXPECT_EQ( session.households(), 2 );
  EXPECT_EQ( session.householdsOutsideEveryGroup(), 2 );
  session.finishCalibration();

  EXPECT_NEAR( session.calibration( kOutside ).intercept, 0.07445, 1e-12 );
  EXPECT_NEAR( session.expectedTotal(), 1.0, 1e-12 );   // 0.5 x 2
  EXPECT_NEAR( session.meanProbability(), 0.5, 1e-12 ); // 1.0 / 2
  EXPECT_EQ( session.referenceSize(), 1 );              // round(0.5 x 2)

  const ScoredHousehold high = session.scoreHousehold( kHigh, kOutside );
  EXPECT_NEAR( high.probability, kHighAtHalf, 1e-6 );
  EXPECT_NEAR( high.index, 100 * kHighAtHalf / 0.5, 1e-4 ); // 123.3062
  EXPECT_TRUE( high.inReferenceGroup );
  const ScoredHousehold low = session.scoreHousehold( kLow, kOutside );
  EXPECT_NEAR( low.probability, kLowAtHalf, 1e-6 );
  EXPECT_NEAR( low.index, 100 * kLowAtHalf / 0.5, 1e-4 ); // 76.6938
  EXPECT_FALSE( low.inReferenceGroup );
  session.finishScoring();

  EXPECT_EQ( session.scoredHouseholds(), 2 );
  EXPECT_NEAR( session.writtenExpectedTotal(), 1.0, 1e-12 );
  EXPECT_EQ( session.referenceCount(), 1 );
}

TEST( ScoringSession, TiesAtTheCutGoToTheHouseholdReadFirst )
{
  // Four equal households at prevalence 0.5: every p = 0.5, the reference
  // group has round(0.5 x 4) = 2 households: the first two read.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.5 );
  for ( int i = 0; i < 4; ++i )
    session.addHousehold( kHigh, kOutside );
  session.finishCalibration();
  EXPECT_EQ( session.referenceCut().takeAtThreshold, 2 );
  std::vector<bool> taken;
  for ( int i = 0; i < 4; ++i )
  {
    const ScoredHousehold scored = session.scoreHousehold( kHigh, kOutside );
    EXPECT_NEAR( scored.probability, 0.5, 1e-12 );
    EXPECT_NEAR( scored.index, 100.0, 1e-9 );
    taken.push_back( scored.inReferenceGroup );
  }
  session.finishScoring();
  EXPECT_EQ( taken, ( std::vector<bool>{ true, true, false, false } ) );
  EXPECT_EQ( session.referenceCount(), 2 );
}

TEST( ScoringSession, ReferenceSizeRoundsPrevalenceTimesHouseholdsHalfAwayFromZero )
{
  // 5 households at 0.3: 1.5 -> 2.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.3 );
  for ( int i = 0; i < 5; ++i )
    session.addHousehold( i % 2 ? kLow : kHigh, kOutside );
  session.finishCalibration();
  EXPECT_EQ( session.referenceSize(), 2 );
}

TEST( ScoringSession, GroupsAreCalibratedSeparatelyAndTheReferenceSizeIsTheRoundedExpectedTotal )
{
  // Group 0 (prevalence 0.5): the two households above, p 0.616531 and 0.383469.
  // Outside every group (fallback 0.2): one household, p = 0.2 (a lone score gets the prevalence).
  // Expected total 0.5 x 2 + 0.2 x 1 = 1.2; reference size round(1.2) = 1; mean 1.2 / 3 = 0.4.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 0.5 }, 0.2 );
  EXPECT_EQ( session.groupCount(), 1 );
  EXPECT_EQ( session.prevalence( 0 ), 0.5 );
  EXPECT_EQ( session.prevalence( kOutside ), 0.2 );
  session.addHousehold( kHigh, 0 );
  session.addHousehold( kHigh, kOutside );
  session.addHousehold( kLow, 0 );
  EXPECT_EQ( session.householdsInGroup( 0 ), 2 );
  EXPECT_EQ( session.householdsOutsideEveryGroup(), 1 );
  session.finishCalibration();
  EXPECT_NEAR( session.expectedTotal(), 1.2, 1e-12 );
  EXPECT_NEAR( session.meanProbability(), 0.4, 1e-12 );
  EXPECT_EQ( session.referenceSize(), 1 );

  const ScoredHousehold first = session.scoreHousehold( kHigh, 0 );
  const ScoredHousehold outside = session.scoreHousehold( kHigh, kOutside );
  const ScoredHousehold last = session.scoreHousehold( kLow, 0 );
  session.finishScoring();
  EXPECT_NEAR( first.probability, kHighAtHalf, 1e-6 );
  EXPECT_TRUE( first.inReferenceGroup );
  EXPECT_NEAR( outside.probability, 0.2, 1e-12 ); // the same score, another group
  EXPECT_NEAR( outside.index, 50.0, 1e-9 );       // 100 x 0.2 / 0.4
  EXPECT_FALSE( outside.inReferenceGroup );
  EXPECT_NEAR( last.probability, kLowAtHalf, 1e-6 );
  EXPECT_FALSE( last.inReferenceGroup );
  EXPECT_NEAR( session.writtenExpectedTotal(), 1.2, 1e-12 );
}

TEST( ScoringSession, WithGroupsTheReferenceSizeFollowsTheEstimatesNotTheFallback )
{
  // Group 0 at 0.9 with two households: expected 1.8 -> 2 reference households,
  // although the fallback prevalence 0.1 x 2 would round to 0.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 0.9 }, 0.1 );
  session.addHousehold( kHigh, 0 );
  session.addHousehold( kLow, 0 );
  session.finishCalibration();
  EXPECT_NEAR( session.expectedTotal(), 1.8, 1e-12 );
  EXPECT_EQ( session.referenceSize(), 2 );
}

TEST( ScoringSession, PrevalenceZeroAndOneAreExact )
{
  // Group 0 at 1: p = 1 exactly; outside at 0: p = 0. Mean 1 / 2, so indexes 200 and 0.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 1.0 }, 0.0 );
  session.addHousehold( kLow, 0 );
  session.addHousehold( kHigh, kOutside );
  session.finishCalibration();
  EXPECT_EQ( session.expectedTotal(), 1.0 );
  EXPECT_EQ( session.referenceSize(), 1 );
  const ScoredHousehold certain = session.scoreHousehold( kLow, 0 );
  const ScoredHousehold never = session.scoreHousehold( kHigh, kOutside );
  EXPECT_EQ( certain.probability, 1.0 );
  EXPECT_EQ( certain.index, 200.0 );
  EXPECT_TRUE( certain.inReferenceGroup );
  EXPECT_EQ( never.probability, 0.0 );
  EXPECT_EQ( never.index, 0.0 );
  EXPECT_FALSE( never.inReferenceGroup );
}

TEST( ScoringSession, NoHouseholdsGiveEmptyTotals )
{
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.1 );
  session.finishCalibration();
  EXPECT_EQ( session.expectedTotal(), 0.0 );
  EXPECT_EQ( session.meanProbability(), 0.0 );
  EXPECT_EQ( session.referenceSize(), 0 );
  session.finishScoring();
  EXPECT_EQ( session.writtenExpectedTotal(), 0.0 );
  EXPECT_EQ( session.referenceCount(), 0 );
}

TEST( ScoringSession, UnseenValuesAreAppendedAndCounted )
{
  // "fr" is unseen in lang (field 0): scored neutral, 0.5 ln(22/16) = 0.159227.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.1 );
  std::vector<int> unseen = { 7 }; // appended to, not cleared
  EXPECT_NEAR( session.addHousehold( household( "fr", "low" ), kOutside, &unseen ), 0.159227, 1e-6 );
  EXPECT_EQ( unseen, ( std::vector<int>{ 7, 0 } ) );
  session.addHousehold( household( "fr", "none" ), kOutside ); // two more, not reported
  session.addHousehold( kHigh, kOutside, &unseen );
  EXPECT_EQ( unseen.size(), 2u );
  EXPECT_EQ( session.unseenValues(), 3 );
}

TEST( ScoringSession, CentralProfileSimilarityScoresAsTheScorer )
{
  const Profile profile = fixtureProfile();
  const HouseholdScorer scorer( profile, ScoringMethod::CentralProfileSimilarity );
  ScoringSession session( profile, ScoringMethod::CentralProfileSimilarity, 0.1 );
  EXPECT_EQ( session.addHousehold( kHigh, kOutside ), scorer.score( kHigh ) );
}

TEST( ScoringSession, SameNumbersAsTheCalibrationFunctionsToTheLastBit )
{
  // What targetgroup:scorehouseholds computed with the calibration functions
  // directly: per group calibrateGroup(), the expected total summed over the
  // groups in order with the fallback last, round(expected total) reference
  // households cut over all groups, then pass 2 in reading order.
  Profile profile = fixtureProfile();
  profile.fields[0].categories = { { "a", 9, 30 }, { "b", 5, 25 }, { "c", 3, 20 }, { "d", 2, 15 }, { "e", 1, 10 } };
  profile.fields[1].categories = { { "p", 8, 40 }, { "q", 7, 20 }, { "r", 4, 25 }, { "s", 1, 15 } };
  const std::vector<double> prevalences = { 0.05, 0.3, 0.6 };
  const double fallback = 0.1;
  const char *langs[] = { "a", "b", "c", "d", "e" };
  const char *educations[] = { "p", "q", "r", "s" };
  struct Row
  {
    std::vector<FieldValue> values;
    int group;
  };
  std::vector<Row> rows; // 125 households in each group and outside
  for ( int i = 0; i < 500; ++i )
    rows.push_back( { household( langs[( i * 7 ) % 5], educations[( i * 3 + i / 5 ) % 4] ), ( i * 11 ) % 4 - 1 } );

  const HouseholdScorer scorer( profile, ScoringMethod::ProfileLikelihood );
  std::vector<ScoreHistogram> histograms( prevalences.size() + 1 );
  auto slot = [&]( int group )
  { return group < 0 ? prevalences.size() : static_cast<size_t>( group ); };
  for ( const Row &row : rows )
    histograms[slot( row.group )].add( scorer.score( row.values ) );
  std::vector<GroupCalibration> calibrations;
  double expectedTotal = 0;
  for ( size_t g = 0; g < histograms.size(); ++g )
  {
    calibrations.push_back( calibrateGroup( histograms[g], g < prevalences.size() ? prevalences[g] : fallback ) );
    expectedTotal += calibrations.back().expectedCount( histograms[g] );
  }
  const double meanProbability = expectedTotal / static_cast<double>( rows.size() );
  ReferenceSelector selector( findReferenceCut( histograms, calibrations, std::llround( expectedTotal ) ) );

  ScoringSession session( profile, ScoringMethod::ProfileLikelihood, prevalences, fallback );
  for ( const Row &row : rows )
    session.addHousehold( row.values, row.group );
  session.finishCalibration();
  EXPECT_EQ( session.expectedTotal(), expectedTotal );
  EXPECT_EQ( session.meanProbability(), meanProbability );
  EXPECT_EQ( session.referenceSize(), std::llround( expectedTotal ) );
  double written = 0;
  for ( const Row &row : rows )
  {
    const double probability = calibrations[slot( row.group )].probability( scoreBin( scorer.score( row.values ) ) );
    const bool inReference = selector.take( probability );
    written += probability;
    const ScoredHousehold scored = session.scoreHousehold( row.values, row.group );
    ASSERT_EQ( scored.probability, probability );
    ASSERT_EQ( scored.index, 100.0 * probability / meanProbability );
    ASSERT_EQ( scored.inReferenceGroup, inReference );
  }
  session.finishScoring();
  EXPECT_EQ( session.writtenExpectedTotal(), written );
  EXPECT_NEAR( written, ( 0.05 + 0.3 + 0.6 + 0.1 ) * 125, 1e-9 );
}

// --- errors --------------------------------------------------------------------

TEST( ScoringSession, AProfileThatCannotScoreIsRefused )
{
  Profile descriptive = fixtureProfile();
  for ( ProfileField &field : descriptive.fields )
    field.usedForScoring = false;
  EXPECT_EQ( reasonOf( [&]
                       { ScoringSession( descriptive, ScoringMethod::ProfileLikelihood, 0.1 ); } ),
             ScoringSessionError::Reason::ProfileCannotScore );
  Profile noSeed = fixtureProfile();
  noSeed.seedCount = 0;
  EXPECT_EQ( reasonOf( [&]
                       { ScoringSession( noSeed, ScoringMethod::CentralProfileSimilarity, { 0.1 }, 0.1 ); } ),
             ScoringSessionError::Reason::ProfileCannotScore );
}

TEST( ScoringSession, PrevalenceOutsideZeroToOneNamesTheGroupAndValue )
{
  const ScoringSessionError single = errorOf( []
                                              { ScoringSession( fixtureProfile(), ScoringMethod::ProfileLikelihood, 1.5 ); } );
  EXPECT_EQ( single.reason(), ScoringSessionError::Reason::InvalidPrevalence );
  EXPECT_EQ( single.group(), kOutside );
  EXPECT_EQ( single.value(), 1.5 );

  const ScoringSessionError group = errorOf( []
                                             { ScoringSession( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 0.2, std::numeric_limits<double>::quiet_NaN() }, 0.1 ); } );
  EXPECT_EQ( group.reason(), ScoringSessionError::Reason::InvalidPrevalence );
  EXPECT_EQ( group.group(), 1 );
  EXPECT_NE( std::string( group.what() ).find( "calibration group 1" ), std::string::npos );

  EXPECT_EQ( reasonOf( []
                       { ScoringSession( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 0.2 }, -0.1 ); } ),
             ScoringSessionError::Reason::InvalidPrevalence );
}

TEST( ScoringSession, UnknownGroupsAreRefused )
{
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 0.2 }, 0.1 );
  const ScoringSessionError error = errorOf( [&]
                                             { session.addHousehold( kHigh, 1 ); } );
  EXPECT_EQ( error.reason(), ScoringSessionError::Reason::UnknownGroup );
  EXPECT_EQ( error.count(), 1 );
  EXPECT_EQ( error.limit(), 1 );
  EXPECT_EQ( reasonOf( [&]
                       { session.addHousehold( kHigh, -2 ); } ),
             ScoringSessionError::Reason::UnknownGroup );
  EXPECT_EQ( reasonOf( [&]
                       { session.householdsInGroup( 3 ); } ),
             ScoringSessionError::Reason::UnknownGroup );
  EXPECT_EQ( session.households(), 0 ); // nothing counted
  session.addHousehold( kHigh, 0 );
  session.finishCalibration();
  EXPECT_EQ( reasonOf( [&]
                       { session.scoreHousehold( kHigh, 1 ); } ),
             ScoringSessionError::Reason::UnknownGroup );
  EXPECT_EQ( reasonOf( [&]
                       { session.calibration( 1 ); } ),
             ScoringSessionError::Reason::UnknownGroup );
}

TEST( ScoringSession, MoreHouseholdsInTheSecondPassIsInputChanged )
{
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.5 );
  session.addHousehold( kHigh, kOutside );
  session.finishCalibration();
  session.scoreHousehold( kHigh, kOutside );
  const ScoringSessionError error = errorOf( [&]
                                             { session.scoreHousehold( kLow, kOutside ); } );
  EXPECT_EQ( error.reason(), ScoringSessionError::Reason::InputChanged );
  EXPECT_EQ( error.group(), kOutside );
  EXPECT_EQ( error.count(), 2 );
  EXPECT_EQ( error.limit(), 1 );
  EXPECT_EQ( session.scoredHouseholds(), 1 );
}

TEST( ScoringSession, FewerHouseholdsInTheSecondPassIsInputChanged )
{
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.5 );
  session.addHousehold( kHigh, kOutside );
  session.addHousehold( kLow, kOutside );
  session.finishCalibration();
  session.scoreHousehold( kHigh, kOutside );
  const ScoringSessionError error = errorOf( [&]
                                             { session.finishScoring(); } );
  EXPECT_EQ( error.reason(), ScoringSessionError::Reason::InputChanged );
  EXPECT_EQ( error.group(), ScoringSession::kEveryGroup );
  EXPECT_EQ( error.count(), 1 );
  EXPECT_EQ( error.limit(), 2 );
}

TEST( ScoringSession, AHouseholdThatMovedToAnotherGroupIsInputChanged )
{
  // Same number of households, but the second lies in group 0 in pass 2.
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, { 0.5 }, 0.5 );
  session.addHousehold( kHigh, 0 );
  session.addHousehold( kLow, kOutside );
  session.finishCalibration();
  session.scoreHousehold( kHigh, 0 );
  const ScoringSessionError error = errorOf( [&]
                                             { session.scoreHousehold( kLow, 0 ); } );
  EXPECT_EQ( error.reason(), ScoringSessionError::Reason::InputChanged );
  EXPECT_EQ( error.group(), 0 );
  EXPECT_EQ( error.count(), 2 );
  EXPECT_EQ( error.limit(), 1 );
}

TEST( ScoringSession, CallsOutOfOrderAreUsageErrors )
{
  ScoringSession session( fixtureProfile(), ScoringMethod::ProfileLikelihood, 0.5 );
  session.addHousehold( kHigh, kOutside );
  const auto usage = ScoringSessionError::Reason::Usage;
  // Calibration results and pass 2 before finishCalibration().
  EXPECT_EQ( reasonOf( [&]
                       { session.expectedTotal(); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.meanProbability(); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.referenceSize(); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.referenceCut(); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.calibration( kOutside ); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.scoreHousehold( kHigh, kOutside ); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.finishScoring(); } ),
             usage );

  session.finishCalibration();
  EXPECT_EQ( reasonOf( [&]
                       { session.finishCalibration(); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.addHousehold( kHigh, kOutside ); } ),
             usage );

  session.scoreHousehold( kHigh, kOutside );
  session.finishScoring();
  EXPECT_EQ( reasonOf( [&]
                       { session.scoreHousehold( kHigh, kOutside ); } ),
             usage );
  EXPECT_EQ( reasonOf( [&]
                       { session.finishScoring(); } ),
             usage );
  EXPECT_EQ( session.referenceCount(), 1 ); // results stay readable
}
