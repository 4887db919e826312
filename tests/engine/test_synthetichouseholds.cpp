#include "engine/synthetichouseholds.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <numeric>
#include <set>

using namespace targetgroup::engine;

namespace
{

//! Households of many areas (each with its own area effects), as the algorithm
//! draws them: one attribute stream per area.
std::vector<SyntheticHousehold> drawPopulation( std::uint64_t seed, int areas, int householdsPerArea )
{
  std::vector<SyntheticHousehold> households;
  households.reserve( static_cast<std::size_t>( areas * householdsPerArea ) );
  for ( int area = 0; area < areas; ++area )
  {
    PortableRandom random( areaStreamSeed( seed, static_cast<std::uint64_t>( area ), RandomStream::Attributes ) );
    const AreaEffects effects = AreaEffects::draw( random );
    for ( int i = 0; i < householdsPerArea; ++i )
      households.push_back( drawHousehold( random, effects ) );
  }
  return households;
}

template<typename Predicate>
double shareOf( const std::vector<SyntheticHousehold> &households, Predicate predicate )
{
  if ( households.empty() )
    return 0.0;
  const auto count = std::count_if( households.begin(), households.end(), predicate );
  return static_cast<double>( count ) / static_cast<double>( households.size() );
}

template<typename Predicate>
std::vector<SyntheticHousehold> filtered( const std::vector<SyntheticHousehold> &households, Predicate predicate )
{
  std::vector<SyntheticHousehold> subset;
  std::copy_if( households.begin(), households.end(), std::back_inserter( subset ), predicate );
  return subset;
}

bool sameHousehold( const SyntheticHousehold &a, const SyntheticHousehold &b )
{
  return a.ageClass == b.ageClass && a.householdType == b.householdType && a.education == b.education && a.income == b.income && a.tenure == b.tenure && a.dwelling == b.dwelling && a.segment == b.segment && a.dutchFirstLanguage == b.dutchFirstLanguage && a.interestDiy == b.interestDiy && a.interestTvSoaps == b.interestTvSoaps && a.interestSports == b.interestSports && a.interestReading == b.interestReading && a.interestGardening == b.interestGardening && a.mediaFacebook == b.mediaFacebook && a.mediaLocalPaper == b.mediaLocalPaper && a.buysDiscountStore == b.buysDiscountStore && a.buysOnline == b.buysOnline && a.isMember == b.isMember && a.easyReadLoans == b.easyReadLoans && a.isTarget == b.isTarget;
}

// 1000 areas of 100 households: the 100k draws the statistical tests use.
const std::vector<SyntheticHousehold> &population()
{
  static const std::vector<SyntheticHousehold> households = drawPopulation( 42, 1000, 100 );
  return households;
}

} // namespace

TEST( PortableRandom, RawStreamIsTheStandardMersenneTwister )
{
  // The C++ standard ([rand.predef]) fixes the 10000th output of a
  // default-constructed mt19937_64 (seed 5489): 9981545732273789042.
  PortableRandom random( 5489 );
  std::uint64_t raw = 0;
  for ( int i = 0; i < 10000; ++i )
    raw = random.nextRaw();
  EXPECT_EQ( raw, 9981545732273789042ULL );
}

TEST( PortableRandom, UniformIsTheTop53BitsOfOneDraw )
{
  PortableRandom random( 7 );
  std::mt19937_64 reference( 7 );
  for ( int i = 0; i < 1000; ++i )
  {
    const std::uint64_t raw = reference();
    // e.g. raw = 2^64 - 1 -> (2^53 - 1) / 2^53, just below 1.
    const double expected = static_cast<double>( raw >> 11 ) / 9007199254740992.0;
    const double value = random.uniform();
    ASSERT_EQ( value, expected );
    ASSERT_GE( value, 0.0 );
    ASSERT_LT( value, 1.0 );
  }
}

TEST( PortableRandom, NormalIsIrwinHallOfTwelveHalves )
{
  PortableRandom random( 11 );
  std::mt19937_64 reference( 11 );
  for ( int i = 0; i < 100; ++i )
  {
    double sum = 0.0;
    for ( int k = 0; k < 6; ++k )
    {
      const std::uint64_t raw = reference();
      sum += static_cast<double>( raw >> 32 ) / 4294967296.0 + static_cast<double>( raw & 0xFFFFFFFFULL ) / 4294967296.0;
    }
    ASSERT_NEAR( random.normal(), sum - 6.0, 1e-12 );
  }
}

TEST( PortableRandom, NormalHasMeanZeroAndVarianceOne )
{
  PortableRandom random( 3 );
  const int draws = 100000;
  double sum = 0.0;
  double sumOfSquares = 0.0;
  int belowMinusOne = 0;
  for ( int i = 0; i < draws; ++i )
  {
    const double value = random.normal();
    ASSERT_GE( value, -6.0 );
    ASSERT_LE( value, 6.0 );
    sum += value;
    sumOfSquares += value * value;
    belowMinusOne += value < -1.0 ? 1 : 0;
  }
  const double mean = sum / draws;
  // Standard error of the mean is 1/sqrt(100000) = 0.0032; of the variance ~0.0045.
  EXPECT_NEAR( mean, 0.0, 0.015 );
  EXPECT_NEAR( sumOfSquares / draws - mean * mean, 1.0, 0.02 );
  // Phi(-1) = 0.1587 for a true normal.
  EXPECT_NEAR( static_cast<double>( belowMinusOne ) / draws, 0.1587, 0.006 );
}

TEST( PortableRandom, PickFollowsTheWeights )
{
  PortableRandom random( 5 );
  const std::array<double, 3> weights = { 0.2, 0.5, 0.3 };
  std::array<int, 3> counts{};
  for ( int i = 0; i < 100000; ++i )
    ++counts[static_cast<std::size_t>( random.pick( weights ) )];
  // Binomial standard error sqrt(0.25 / 100000) = 0.0016 at most.
  EXPECT_NEAR( counts[0] / 100000.0, 0.2, 0.008 );
  EXPECT_NEAR( counts[1] / 100000.0, 0.5, 0.008 );
  EXPECT_NEAR( counts[2] / 100000.0, 0.3, 0.008 );
}

TEST( AreaStreamSeed, DependsOnSeedAreaAndStreamOnly )
{
  EXPECT_EQ( areaStreamSeed( 42, 3, RandomStream::Attributes ), areaStreamSeed( 42, 3, RandomStream::Attributes ) );
  EXPECT_NE( areaStreamSeed( 42, 3, RandomStream::Attributes ), areaStreamSeed( 42, 4, RandomStream::Attributes ) );
  EXPECT_NE( areaStreamSeed( 42, 3, RandomStream::Attributes ), areaStreamSeed( 43, 3, RandomStream::Attributes ) );
  EXPECT_NE( areaStreamSeed( 42, 3, RandomStream::Attributes ), areaStreamSeed( 42, 3, RandomStream::Locations ) );
  // Swapping seed and index must not give the same stream.
  EXPECT_NE( areaStreamSeed( 3, 42, RandomStream::Attributes ), areaStreamSeed( 42, 3, RandomStream::Attributes ) );
}

TEST( SplitEvenly, GivesTheRemainderToTheFirstAreas )
{
  // 10 = 3 * 3 + 1: the first area gets one extra.
  EXPECT_EQ( splitEvenly( 10, 3 ), ( std::vector<long long>{ 4, 3, 3 } ) );
  // 2 households over 4 areas: 1, 1, 0, 0.
  EXPECT_EQ( splitEvenly( 2, 4 ), ( std::vector<long long>{ 1, 1, 0, 0 } ) );
  EXPECT_TRUE( splitEvenly( 10, 0 ).empty() );
  EXPECT_EQ( splitEvenly( 0, 2 ), ( std::vector<long long>{ 0, 0 } ) );
  const std::vector<long long> shares = splitEvenly( 30000, 72 );
  // 30000 = 72 * 416 + 48.
  EXPECT_EQ( std::accumulate( shares.begin(), shares.end(), 0LL ), 30000 );
  EXPECT_EQ( shares.front(), 417 );
  EXPECT_EQ( shares.back(), 416 );
}

TEST( SyntheticHouseholds, Labels )
{
  EXPECT_STREQ( label( AgeClass::From18To34 ), "18-34" );
  EXPECT_STREQ( label( AgeClass::From65 ), "65+" );
  EXPECT_STREQ( label( HouseholdType::CoupleWithKids ), "couple_kids" );
  EXPECT_STREQ( label( HouseholdType::SingleParent ), "single_parent" );
  EXPECT_STREQ( label( Education::High ), "high" );
  EXPECT_STREQ( label( Tenure::SocialRent ), "social_rent" );
  EXPECT_STREQ( label( Dwelling::SemiDetached ), "semi_detached" );
  EXPECT_STREQ( kSegmentLabels.back(), "K" );
}

TEST( SyntheticHouseholds, SameSeedSameHouseholdsOtherSeedOthers )
{
  const std::vector<SyntheticHousehold> first = drawPopulation( 42, 10, 100 );
  const std::vector<SyntheticHousehold> again = drawPopulation( 42, 10, 100 );
  const std::vector<SyntheticHousehold> other = drawPopulation( 43, 10, 100 );
  ASSERT_EQ( first.size(), again.size() );
  int differing = 0;
  for ( std::size_t i = 0; i < first.size(); ++i )
  {
    EXPECT_TRUE( sameHousehold( first[i], again[i] ) ) << "household " << i;
    differing += sameHousehold( first[i], other[i] ) ? 0 : 1;
  }
  // Incomes alone are continuous: nearly every household differs.
  EXPECT_GT( differing, 900 );
}

TEST( SyntheticHouseholds, ConsumesAFixedNumberOfDrawsPerHousehold )
{
  // Very different areas give different outcomes, yet both streams must stay
  // aligned, so a household never shifts the randomness of the next one.
  PortableRandom deprived( 99 );
  PortableRandom wealthy( 99 );
  AreaEffects deprivedArea;
  deprivedArea.deprivation = 2.5;
  deprivedArea.urbanity = 2.0;
  AreaEffects wealthyArea;
  wealthyArea.deprivation = -2.5;
  wealthyArea.urbanity = -2.0;
  for ( int i = 0; i < 500; ++i )
  {
    drawHousehold( deprived, deprivedArea );
    drawHousehold( wealthy, wealthyArea );
    ASSERT_EQ( deprived.nextRaw(), wealthy.nextRaw() ) << "after household " << i;
  }
}

TEST( SyntheticHouseholds, MissingSharesAsDocumented )
{
  const auto &households = population();
  // 3% each; binomial standard error sqrt(0.03 * 0.97 / 100000) = 0.00054.
  EXPECT_NEAR( shareOf( households, []( const SyntheticHousehold &h )
                        { return !h.ageClass; } ),
               kMissingShare, 0.003 );
  EXPECT_NEAR( shareOf( households, []( const SyntheticHousehold &h )
                        { return !h.education; } ),
               kMissingShare, 0.003 );
  EXPECT_NEAR( shareOf( households, []( const SyntheticHousehold &h )
                        { return !h.income; } ),
               kMissingShare, 0.003 );
  EXPECT_NEAR( shareOf( households, []( const SyntheticHousehold &h )
                        { return !h.tenure; } ),
               kMissingShare, 0.003 );
  // Fields without missing values in the model.
  EXPECT_EQ( shareOf( households, []( const SyntheticHousehold &h )
                      { return h.segment < 0 || h.segment >= static_cast<int>( kSegmentLabels.size() ); } ),
             0.0 );
}

TEST( SyntheticHouseholds, MarginalSharesLookDutch )
{
  const auto &households = population();
  const auto known = []( const SyntheticHousehold &h )
  { return h.ageClass.has_value(); };
  const auto withAge = filtered( households, known );
  // Age shares of the model: 24 / 24 / 25 / 27 %.
  EXPECT_NEAR( shareOf( withAge, []( const SyntheticHousehold &h )
                        { return h.ageClass == AgeClass::From18To34; } ),
               0.24, 0.01 );
  EXPECT_NEAR( shareOf( withAge, []( const SyntheticHousehold &h )
                        { return h.ageClass == AgeClass::From65; } ),
               0.27, 0.01 );
  // Broad plausibility bands for the derived attributes (CBS: ~57% owners,
  // ~29% social rent; ~14% first language other than Dutch in this model).
  const auto withTenure = filtered( households, []( const SyntheticHousehold &h )
                                    { return h.tenure.has_value(); } );
  EXPECT_NEAR( shareOf( withTenure, []( const SyntheticHousehold &h )
                        { return h.tenure == Tenure::Owner; } ),
               0.55, 0.06 );
  EXPECT_NEAR( shareOf( withTenure, []( const SyntheticHousehold &h )
                        { return h.tenure == Tenure::SocialRent; } ),
               0.30, 0.06 );
  EXPECT_NEAR( shareOf( households, []( const SyntheticHousehold &h )
                        { return !h.dutchFirstLanguage; } ),
               0.14, 0.03 );
  for ( std::size_t dwelling = 0; dwelling < kDwellingLabels.size(); ++dwelling )
  {
    const double share = shareOf( households, [dwelling]( const SyntheticHousehold &h )
                                  { return static_cast<std::size_t>( h.dwelling ) == dwelling; } );
    EXPECT_GT( share, 0.08 ) << kDwellingLabels[dwelling];
    EXPECT_LT( share, 0.55 ) << kDwellingLabels[dwelling];
  }
  for ( std::size_t segment = 0; segment < kSegmentLabels.size(); ++segment )
  {
    const double share = shareOf( households, [segment]( const SyntheticHousehold &h )
                                  { return static_cast<std::size_t>( h.segment ) == segment; } );
    EXPECT_GT( share, 0.03 ) << kSegmentLabels[segment];
    EXPECT_LT( share, 0.20 ) << kSegmentLabels[segment];
  }
}

TEST( SyntheticHouseholds, IncomeIsPositiveWholeEurosWithManyValues )
{
  const auto &households = population();
  std::set<double> distinct;
  double sum = 0.0;
  int count = 0;
  for ( const SyntheticHousehold &household : households )
  {
    if ( !household.income )
      continue;
    const double income = *household.income;
    ASSERT_GT( income, 0.0 );
    ASSERT_EQ( income, std::round( income ) );
    distinct.insert( income );
    sum += income;
    ++count;
  }
  EXPECT_GT( distinct.size(), 20000u );
  // Median 36,000 before the household effects; the mean lands near 40,000.
  EXPECT_NEAR( sum / count, 40000.0, 6000.0 );
}

TEST( SyntheticHouseholds, TruthIsLowLiteracyNativeSpeakersAtAboutTenPercent )
{
  const auto &households = population();
  for ( const SyntheticHousehold &household : households )
  {
    ASSERT_EQ( household.isTarget, household.lowLiteracy && household.dutchFirstLanguage );
    ASSERT_EQ( household.lowLiteracy, household.literacy < kLowLiteracyThreshold );
  }
  const double prevalence = shareOf( households, []( const SyntheticHousehold &h )
                                     { return h.isTarget; } );
  EXPECT_GE( prevalence, 0.08 );
  EXPECT_LE( prevalence, 0.12 );
}

TEST( SyntheticHouseholds, PrevalenceVariesBetweenAreas )
{
  AreaEffects deprived;
  deprived.deprivation = 1.0;
  AreaEffects wealthy;
  wealthy.deprivation = -1.0;
  PortableRandom random( 1 );
  int deprivedTargets = 0;
  int wealthyTargets = 0;
  for ( int i = 0; i < 20000; ++i )
  {
    deprivedTargets += drawHousehold( random, deprived ).isTarget ? 1 : 0;
    wealthyTargets += drawHousehold( random, wealthy ).isTarget ? 1 : 0;
  }
  // One standard deviation of deprivation should at least double prevalence.
  EXPECT_GT( deprivedTargets, 2 * wealthyTargets );

  // And the area effects drawn per area spread prevalence between areas.
  const auto &households = population();
  double lowest = 1.0;
  double highest = 0.0;
  for ( std::size_t area = 0; area < 1000; ++area )
  {
    const auto first = households.begin() + static_cast<std::ptrdiff_t>( area * 100 );
    const double prevalence = static_cast<double>( std::count_if( first, first + 100, []( const SyntheticHousehold &h )
                                                                  { return h.isTarget; } ) ) /
                              100.0;
    lowest = std::min( lowest, prevalence );
    highest = std::max( highest, prevalence );
  }
  EXPECT_LT( lowest, 0.04 );
  EXPECT_GT( highest, 0.20 );
}

TEST( SyntheticHouseholds, MembershipIsLowerInTheTargetGroup )
{
  const auto &households = population();
  const auto targets = filtered( households, []( const SyntheticHousehold &h )
                                 { return h.isTarget; } );
  const double overall = shareOf( households, []( const SyntheticHousehold &h )
                                  { return h.isMember; } );
  const double inTarget = shareOf( targets, []( const SyntheticHousehold &h )
                                   { return h.isMember; } );
  EXPECT_NEAR( overall, 0.25, 0.03 );
  EXPECT_NEAR( inTarget, 0.12, 0.03 );
  EXPECT_LT( inTarget, overall );
}

TEST( SyntheticHouseholds, EasyReadLoansMostlyAmongTargetMembers )
{
  const auto &households = population();
  const auto borrowing = []( const SyntheticHousehold &h )
  { return h.easyReadLoans > 0; };
  // Only members borrow, and counts are 1 or more.
  for ( const SyntheticHousehold &household : households )
  {
    ASSERT_GE( household.easyReadLoans, 0 );
    if ( !household.isMember )
    {
      ASSERT_EQ( household.easyReadLoans, 0 );
    }
  }
  const auto targetMembers = filtered( households, []( const SyntheticHousehold &h )
                                       { return h.isTarget && h.isMember; } );
  const auto otherDutchMembers = filtered( households, []( const SyntheticHousehold &h )
                                           { return !h.isTarget && h.isMember && h.dutchFirstLanguage; } );
  // ~1,100 target members: standard error sqrt(0.24 / 1100) = 0.015.
  EXPECT_NEAR( shareOf( targetMembers, borrowing ), kEasyReadChanceTarget, 0.06 );
  // ~21,000 other members: standard error 0.001.
  EXPECT_NEAR( shareOf( otherDutchMembers, borrowing ), kEasyReadChanceOther, 0.006 );

  // The seed a library would take, "easy_read_loans > 0 AND first_lang = 'nl'":
  // more than half truly in the target group, but far from all of it.
  const auto seed = filtered( households, [borrowing]( const SyntheticHousehold &h )
                              { return borrowing( h ) && h.dutchFirstLanguage; } );
  const double precision = shareOf( seed, []( const SyntheticHousehold &h )
                                    { return h.isTarget; } );
  EXPECT_GT( precision, 0.4 );
  EXPECT_LT( precision, 0.8 );
  const double seedShare = static_cast<double>( seed.size() ) / static_cast<double>( households.size() );
  EXPECT_GT( seedShare, 0.005 );
  EXPECT_LT( seedShare, 0.015 );
}

TEST( SyntheticHouseholds, ProfileFieldsInformativeButNoneIdentifiesTheTarget )
{
  const auto &households = population();
  const auto targets = filtered( households, []( const SyntheticHousehold &h )
                                 { return h.isTarget; } );
  const auto isTarget = []( const SyntheticHousehold &h )
  { return h.isTarget; };

  // Informative: low education and discount shopping more common, reading and
  // online buying less common in the target group.
  const auto lowEducation = []( const SyntheticHousehold &h )
  { return h.education == Education::Low; };
  EXPECT_GT( shareOf( targets, lowEducation ), 1.8 * shareOf( households, lowEducation ) );
  const auto reading = []( const SyntheticHousehold &h )
  { return h.interestReading; };
  EXPECT_LT( shareOf( targets, reading ), 0.5 * shareOf( households, reading ) );
  const auto discount = []( const SyntheticHousehold &h )
  { return h.buysDiscountStore; };
  EXPECT_GT( shareOf( targets, discount ), shareOf( households, discount ) );
  const auto online = []( const SyntheticHousehold &h )
  { return h.buysOnline; };
  EXPECT_LT( shareOf( targets, online ), shareOf( households, online ) );

  // Not identifying: no segment, education or tenure value is more than half
  // target, and the target group is spread over several segments.
  int segmentsWithTargets = 0;
  for ( std::size_t segment = 0; segment < kSegmentLabels.size(); ++segment )
  {
    const auto inSegment = filtered( households, [segment]( const SyntheticHousehold &h )
                                     { return static_cast<std::size_t>( h.segment ) == segment; } );
    EXPECT_LT( shareOf( inSegment, isTarget ), 0.5 ) << "segment " << kSegmentLabels[segment];
    const double shareOfTargets = static_cast<double>( std::count_if( targets.begin(), targets.end(), [segment]( const SyntheticHousehold &h )
                                                                      { return static_cast<std::size_t>( h.segment ) == segment; } ) ) /
                                  static_cast<double>( targets.size() );
    segmentsWithTargets += shareOfTargets > 0.05 ? 1 : 0;
  }
  EXPECT_GE( segmentsWithTargets, 5 );
  EXPECT_LT( shareOf( filtered( households, lowEducation ), isTarget ), 0.5 );
  EXPECT_LT( shareOf( filtered( households, []( const SyntheticHousehold &h )
                                { return h.tenure == Tenure::SocialRent; } ),
                      isTarget ),
             0.5 );
}

TEST( SyntheticHouseholds, UrbanAreasHaveMoreApartments )
{
  AreaEffects urban;
  urban.urbanity = 1.5;
  AreaEffects rural;
  rural.urbanity = -1.5;
  PortableRandom random( 8 );
  int urbanApartments = 0;
  int ruralApartments = 0;
  for ( int i = 0; i < 10000; ++i )
  {
    urbanApartments += drawHousehold( random, urban ).dwelling == Dwelling::Apartment ? 1 : 0;
    ruralApartments += drawHousehold( random, rural ).dwelling == Dwelling::Apartment ? 1 : 0;
  }
  EXPECT_GT( urbanApartments, 2 * ruralApartments );
}

// --- addresses -------------------------------------------------------------------

namespace
{
struct AddressCheck
{
  std::set<std::string> keys;
  std::set<int> digits;
  long long duplicates = 0;
  long long withAddition = 0;
  long long total = 0;
  bool wellFormed = true;
  bool increasing = true;
  std::string lastPostcode;
  int lastNumber = 0;
  std::string lastAddition;

  void add( const SyntheticAddress &address )
  {
    const std::string postcode = address.postcode();
    const std::string key = postcode + "|" + std::to_string( address.houseNumber ) + "|" + address.addition;
    duplicates += keys.insert( key ).second ? 0 : 1;
    digits.insert( address.postcodeDigits );
    withAddition += address.addition.empty() ? 0 : 1;
    ++total;
    wellFormed = wellFormed && postcode.size() == 7 && postcode[0] >= '1' && postcode[0] <= '9' && postcode[4] == ' ' && std::string( "FIOQUY" ).find( postcode[5] ) == std::string::npos &&
                 std::string( "FIOQUY" ).find( postcode[6] ) == std::string::npos && address.houseNumber >= 1 && address.houseNumber < 100000;
    if ( postcode == lastPostcode )
      increasing = increasing && ( address.houseNumber > lastNumber || ( address.houseNumber == lastNumber && address.addition != lastAddition ) );
    lastPostcode = postcode;
    lastNumber = address.houseNumber;
    lastAddition = address.addition;
  }
};
} // namespace

TEST( SyntheticAddresses, UniqueWellFormedAndIncreasingWithinAPostcode )
{
  // 72 areas as in the demo, 30,000 households: one postcode (4 digits) per area, 10 apart.
  AddressSequence sequence( 72 );
  AddressCheck check;
  std::vector<int> firstDigits;
  for ( std::uint64_t area = 0; area < 72; ++area )
  {
    sequence.startArea();
    PortableRandom random( areaStreamSeed( 42, area, RandomStream::Addresses ) );
    for ( int i = 0; i < 417; ++i )
    {
      const SyntheticAddress address = sequence.next( random );
      if ( i == 0 )
        firstDigits.push_back( address.postcodeDigits );
      check.add( address );
    }
  }
  EXPECT_EQ( check.duplicates, 0 );
  EXPECT_TRUE( check.wellFormed );
  EXPECT_TRUE( check.increasing );
  EXPECT_EQ( firstDigits.front(), 1000 );
  EXPECT_EQ( firstDigits[1], 1010 );
  EXPECT_EQ( firstDigits.back(), 1710 );
  EXPECT_EQ( check.digits.size(), 72u );
  // About 6% of numbers are buildings with 2-4 addresses (mean 3, two thirds of them with an addition on each): roughly 10% of addresses.
  const double share = static_cast<double>( check.withAddition ) / static_cast<double>( check.total );
  EXPECT_GT( share, 0.05 );
  EXPECT_LT( share, 0.2 );
  EXPECT_EQ( AddressSequence::letterPairCount(), 397 ); // 20 x 20 - SA, SD, SS
}

TEST( SyntheticAddresses, StayUniqueWithMoreAreasThanPostcodesAndInOneHugeArea )
{
  // 12,000 small areas: more than the 9,000 four-digit codes.
  {
    AddressSequence sequence( 12000 );
    AddressCheck check;
    for ( std::uint64_t area = 0; area < 12000; ++area )
    {
      sequence.startArea();
      PortableRandom random( areaStreamSeed( 7, area, RandomStream::Addresses ) );
      for ( int i = 0; i < 5; ++i )
        check.add( sequence.next( random ) );
    }
    EXPECT_EQ( check.duplicates, 0 );
    EXPECT_TRUE( check.wellFormed );
    EXPECT_EQ( *check.digits.rbegin(), 9999 );
  }
  // One area with 20,000 households: more than one postcode's 397 letter pairs hold.
  {
    AddressSequence sequence( 2 );
    AddressCheck check;
    PortableRandom random( 3 );
    sequence.startArea();
    for ( int i = 0; i < 20000; ++i )
      check.add( sequence.next( random ) );
    sequence.startArea();
    for ( int i = 0; i < 100; ++i )
      check.add( sequence.next( random ) );
    EXPECT_EQ( check.duplicates, 0 );
    EXPECT_GE( check.digits.size(), 3u );
  }
}

TEST( SyntheticAddresses, SameSeedSameAddresses )
{
  auto first = [&]()
  {
    AddressSequence sequence( 1 );
    PortableRandom random( areaStreamSeed( 42, 0, RandomStream::Addresses ) );
    std::string text;
    for ( int i = 0; i < 40; ++i )
    {
      const SyntheticAddress address = sequence.next( random );
      text += address.postcode() + " " + std::to_string( address.houseNumber ) + address.addition + ";";
    }
    return text;
  };
  EXPECT_EQ( first(), first() );
  EXPECT_EQ( first().substr( 0, 8 ), "1000 AA " );
}
