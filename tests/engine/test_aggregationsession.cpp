#include "engine/aggregationsession.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace targetgroup::engine;

namespace
{

// Three areas:
//   area 0: p = 0.2 (reference group), 0.5 (member), 0.9 (member; also inside area 1)
//   area 1: p = 0.6 (member)
//   area 2: nobody
// and two households in no area.
// All matched: 4 households, expected 2.2, overall share 2.2 / 4 = 0.55.
AreaAggregationSession fixtureSession()
{
  AreaAggregationSession session( 3 );
  session.addHousehold( 0, 0.2, true, false );
  session.addUnmatched();
  session.addHousehold( 0, 0.5, false, true );
  session.addHousehold( 1, 0.6, false, true );
  session.addHousehold( 0, 0.9, false, true, true );
  session.addUnmatched();
  return session;
}

AggregationSettings settings( long long minimumCount, bool membershipKnown )
{
  AggregationSettings result;
  result.minimumCount = minimumCount;
  result.membershipKnown = membershipKnown;
  return result;
}

//! The error a call throws (a test failure when it throws none).
template<typename Call>
AggregationError errorOf( Call call )
{
  try
  {
    call();
  }
  catch ( const AggregationError &error )
  {
    return error;
  }
  ADD_FAILURE() << "no AggregationError";
  return AggregationError( AggregationError::Reason::MixedRecords, "none" );
}

template<typename Call>
AggregationError::Reason reasonOf( Call call )
{
  return errorOf( call ).reason();
}

//! One household of a deterministic stream; area -1: in no area.
struct Record
{
  long long area;
  double probability;
  bool reference;
  bool member;
  bool several;
};

std::vector<Record> records( int count, int areas )
{
  std::vector<Record> result;
  for ( int i = 0; i < count; ++i )
  {
    const double probability = ( ( i * 7919 ) % 1000 ) / 999.0;
    result.push_back( { ( i * 13 ) % ( areas + 1 ) - 1, probability, i % 17 == 0, i % 3 == 0, i % 29 == 0 } );
  }
  return result;
}

void add( AreaAggregationSession &session, const Record &record )
{
  if ( record.area < 0 )
    session.addUnmatched();
  else
    session.addHousehold( record.area, record.probability, record.reference, record.member, record.several );
}

} // namespace

TEST( AggregationSession, CountsReconcile )
{
  const AreaAggregationSession session = fixtureSession();
  EXPECT_EQ( session.areaCount(), 3u );
  EXPECT_EQ( session.read(), 6 );
  EXPECT_EQ( session.matched(), 4 );
  EXPECT_EQ( session.unmatched(), 2 );
  EXPECT_EQ( session.unmatchedHouseholds(), 2 );
  EXPECT_EQ( session.multiple(), 1 );
  EXPECT_EQ( session.read(), session.matched() + session.unmatched() );
}

TEST( AggregationSession, TotalsPerAreaByHand )
{
  const AreaAggregationSession session = fixtureSession();
  const AreaTotals &first = session.totals( 0 );
  EXPECT_EQ( first.households, 3 );
  EXPECT_DOUBLE_EQ( first.expected, 1.6 ); // 0.2 + 0.5 + 0.9
  EXPECT_DOUBLE_EQ( first.variance, 0.5 ); // 0.16 + 0.25 + 0.09
  EXPECT_EQ( first.reference, 1 );
  EXPECT_EQ( first.members, 2 );
  EXPECT_DOUBLE_EQ( first.memberExpected, 1.4 ); // 0.5 + 0.9
  EXPECT_EQ( session.totals( 1 ).households, 1 );
  EXPECT_DOUBLE_EQ( session.totals( 1 ).variance, 0.24 ); // 0.6 x 0.4
  EXPECT_EQ( session.totals( 2 ).households, 0 );

  const AreaTotals &all = session.allMatched();
  EXPECT_EQ( all.households, 4 );
  EXPECT_DOUBLE_EQ( all.expected, 2.2 );
  EXPECT_DOUBLE_EQ( all.variance, 0.74 );
  EXPECT_EQ( all.members, 3 );
  EXPECT_DOUBLE_EQ( *session.overallShare(), 0.55 );
}

TEST( AggregationSession, FiguresUseTheOverallShareOfAllMatchedHouseholds )
{
  const AreaAggregationSession session = fixtureSession();
  const AreaFigures figures = session.figures( 0, settings( 3, true ) );
  EXPECT_FALSE( figures.suppressed );
  EXPECT_EQ( figures.households, 3 );
  EXPECT_NEAR( *figures.expected, 1.6, 1e-12 );
  EXPECT_NEAR( *figures.expectedLow, 0.214096, 1e-6 ); // 1.6 - 1.959964 x sqrt(0.5)
  EXPECT_NEAR( *figures.share, 1.6 / 3, 1e-12 );
  EXPECT_NEAR( *figures.index, 100 * ( 1.6 / 3 ) / 0.55, 1e-9 ); // 96.9697
  EXPECT_NEAR( *figures.reach, 1.4 / 1.6, 1e-12 );
  // The engine function given the overall share, to the last bit.
  EXPECT_EQ( *figures.index, *areaFigures( session.totals( 0 ), 2.2 / 4, settings( 3, true ) ).index );
}

TEST( AggregationSession, SuppressedAreasFollowTheMinimumCount )
{
  const AreaAggregationSession session = fixtureSession();
  // Households 3, 1, 0.
  EXPECT_EQ( session.suppressedAreas( settings( 3, false ) ), 2 );
  EXPECT_EQ( session.suppressedAreas( settings( 1, false ) ), 1 );
  EXPECT_EQ( session.suppressedAreas( settings( 0, false ) ), 0 );
  const AreaFigures suppressed = session.figures( 1, settings( 3, true ) );
  EXPECT_TRUE( suppressed.suppressed );
  EXPECT_EQ( suppressed.households, 1 );
  EXPECT_FALSE( suppressed.expected );
  EXPECT_FALSE( suppressed.members );
}

TEST( AggregationSession, NoMatchedHouseholdsHaveNoOverallShare )
{
  AreaAggregationSession session( 2 );
  session.addUnmatched();
  EXPECT_FALSE( session.overallShare() );
  const AreaFigures figures = session.figures( 0, settings( 0, false ) );
  EXPECT_EQ( figures.households, 0 );
  EXPECT_FALSE( figures.index );
}

TEST( AggregationSession, FiguresFollowLaterHouseholds )
{
  AreaAggregationSession session = fixtureSession();
  EXPECT_DOUBLE_EQ( *session.overallShare(), 0.55 );
  // One more household with p = 0.8 in area 2: all matched 3.0 / 5 = 0.6.
  session.addHousehold( 2, 0.8, false, false );
  EXPECT_DOUBLE_EQ( *session.overallShare(), 0.6 );
  EXPECT_NEAR( *session.figures( 2, settings( 0, false ) ).index, 100 * 0.8 / 0.6, 1e-9 );
}

TEST( AggregationSession, SameSumsAsASequentialLoopToTheLastBit )
{
  // What targetgroup:aggregateareas computed: per area AreaTotals::addHousehold
  // in reading order, all matched as the areas' totals added in area order.
  const int areas = 7;
  const std::vector<Record> stream = records( 2000, areas );
  std::vector<AreaTotals> totals( areas );
  long long matched = 0, unmatched = 0, multiple = 0;
  AreaAggregationSession session( areas );
  for ( const Record &record : stream )
  {
    add( session, record );
    if ( record.area < 0 )
    {
      ++unmatched;
      continue;
    }
    ++matched;
    multiple += record.several ? 1 : 0;
    totals[static_cast<size_t>( record.area )].addHousehold( record.probability, record.reference, record.member );
  }
  AreaTotals allMatched;
  for ( const AreaTotals &areaTotals : totals )
    allMatched.add( areaTotals );
  const std::optional<double> share = overallShare( allMatched );

  EXPECT_EQ( session.matched(), matched );
  EXPECT_EQ( session.unmatched(), unmatched );
  EXPECT_EQ( session.multiple(), multiple );
  EXPECT_EQ( session.read(), 2000 );
  EXPECT_EQ( session.overallShare(), share );
  for ( int area = 0; area < areas; ++area )
  {
    EXPECT_EQ( session.totals( area ).expected, totals[area].expected );
    EXPECT_EQ( session.totals( area ).variance, totals[area].variance );
    EXPECT_EQ( session.totals( area ).memberExpected, totals[area].memberExpected );
    EXPECT_EQ( session.figures( area, settings( 10, true ) ).index, areaFigures( totals[area], share, settings( 10, true ) ).index );
  }
}

TEST( AggregationSession, MergedSessionsEqualOneSession )
{
  const int areas = 5;
  const std::vector<Record> stream = records( 1000, areas );
  AreaAggregationSession whole( areas ), first( areas ), second( areas ), merged( areas );
  for ( size_t i = 0; i < stream.size(); ++i )
  {
    add( whole, stream[i] );
    add( i < 400 ? first : second, stream[i] );
  }
  merged.merge( first ); // an empty session takes the other's kind of record
  merged.merge( second );
  EXPECT_EQ( merged.read(), whole.read() );
  EXPECT_EQ( merged.matched(), whole.matched() );
  EXPECT_EQ( merged.unmatched(), whole.unmatched() );
  EXPECT_EQ( merged.multiple(), whole.multiple() );
  EXPECT_EQ( merged.unmatchedHouseholds(), whole.unmatchedHouseholds() );
  for ( int area = 0; area < areas; ++area )
  {
    const AreaTotals &mergedTotals = merged.totals( area );
    const AreaTotals &wholeTotals = whole.totals( area );
    EXPECT_EQ( mergedTotals.households, wholeTotals.households );
    EXPECT_EQ( mergedTotals.reference, wholeTotals.reference );
    EXPECT_EQ( mergedTotals.members, wholeTotals.members );
    EXPECT_NEAR( mergedTotals.expected, wholeTotals.expected, 1e-9 );
    EXPECT_NEAR( mergedTotals.variance, wholeTotals.variance, 1e-9 );
    EXPECT_NEAR( mergedTotals.memberExpected, wholeTotals.memberExpected, 1e-9 );
  }
  EXPECT_NEAR( *merged.overallShare(), *whole.overallShare(), 1e-12 );
}

TEST( AggregationSession, RollUpOfFineTotalsEqualsDirectAggregation )
{
  // Fine areas of fixtureSession() into coarse areas: fine 0 and 1 -> coarse 0,
  // fine 2 -> coarse 1; a fourth fine area (5 households, p sum 1.5) lies in
  // no coarse area.
  const AreaAggregationSession fine = fixtureSession();
  AreaAggregationSession coarse( 2 );
  coarse.addTotals( 0, fine.totals( 0 ) );
  coarse.addTotals( 0, fine.totals( 1 ) );
  coarse.addTotals( 1, fine.totals( 2 ) );
  AreaTotals outside;
  outside.households = 5;
  outside.expected = 1.5;
  coarse.addUnmatchedTotals( outside );

  EXPECT_EQ( coarse.read(), 4 ); // fine areas
  EXPECT_EQ( coarse.matched(), 3 );
  EXPECT_EQ( coarse.unmatched(), 1 );
  EXPECT_EQ( coarse.unmatchedHouseholds(), 5 );
  EXPECT_EQ( coarse.multiple(), 0 );
  EXPECT_TRUE( coarse.everyFineAreaHasMembership() );

  // Directly: the households of fine 0 and 1 in one area.
  AreaAggregationSession direct( 2 );
  direct.addHousehold( 0, 0.2, true, false );
  direct.addHousehold( 0, 0.5, false, true );
  direct.addHousehold( 0, 0.9, false, true );
  direct.addHousehold( 0, 0.6, false, true );
  const AreaFigures rolled = coarse.figures( 0, settings( 0, true ) );
  const AreaFigures expected = direct.figures( 0, settings( 0, true ) );
  EXPECT_EQ( rolled.households, 4 );
  EXPECT_NEAR( *rolled.expected, *expected.expected, 1e-12 ); // 2.2
  EXPECT_NEAR( *rolled.variance, *expected.variance, 1e-12 ); // 0.74
  EXPECT_EQ( *rolled.reference, 1 );
  EXPECT_EQ( *rolled.members, 3 );
  EXPECT_NEAR( *rolled.memberExpected, 2.0, 1e-12 ); // 0.5 + 0.9 + 0.6
  EXPECT_NEAR( *rolled.index, 100.0, 1e-9 );         // coarse area 0 holds every matched household
  EXPECT_EQ( coarse.totals( 1 ).households, 0 );
}

TEST( AggregationSession, RollUpCountsFineAreasWithMembership )
{
  AreaAggregationSession coarse( 1 );
  EXPECT_FALSE( coarse.everyFineAreaHasMembership() ); // nothing matched
  AreaTotals fine;
  fine.households = 10;
  fine.expected = 1;
  coarse.addTotals( 0, fine, true );
  coarse.addTotals( 0, fine, false );
  EXPECT_EQ( coarse.matchedWithMembership(), 1 );
  EXPECT_FALSE( coarse.everyFineAreaHasMembership() );
  EXPECT_EQ( coarse.totals( 0 ).households, 20 );
}

// --- errors --------------------------------------------------------------------

TEST( AggregationSession, AreasOutOfRangeAreRefused )
{
  AreaAggregationSession session( 3 );
  const AggregationError error = errorOf( [&]
                                          { session.addHousehold( 3, 0.5, false, false ); } );
  EXPECT_EQ( error.reason(), AggregationError::Reason::AreaOutOfRange );
  EXPECT_EQ( error.area(), 3 );
  EXPECT_EQ( error.limit(), 3 );
  EXPECT_EQ( reasonOf( [&]
                       { session.addHousehold( -1, 0.5, false, false ); } ),
             AggregationError::Reason::AreaOutOfRange );
  EXPECT_EQ( reasonOf( [&]
                       { session.totals( 3 ); } ),
             AggregationError::Reason::AreaOutOfRange );
  EXPECT_EQ( reasonOf( [&]
                       { session.figures( -1, settings( 0, false ) ); } ),
             AggregationError::Reason::AreaOutOfRange );
  EXPECT_EQ( session.read(), 0 );

  AreaAggregationSession coarse( 1 );
  EXPECT_EQ( reasonOf( [&]
                       { coarse.addTotals( 1, AreaTotals() ); } ),
             AggregationError::Reason::AreaOutOfRange );
  EXPECT_EQ( coarse.read(), 0 );
}

TEST( AggregationSession, ProbabilitiesOutsideZeroToOneAreRefusedAndNotCounted )
{
  AreaAggregationSession session( 1 );
  for ( const double probability : { 1.5, -0.1 } )
  {
    const AggregationError error = errorOf( [&]
                                            { session.addHousehold( 0, probability, false, false ); } );
    EXPECT_EQ( error.reason(), AggregationError::Reason::InvalidProbability );
    EXPECT_EQ( error.value(), probability );
  }
  EXPECT_EQ( reasonOf( [&]
                       { session.addHousehold( 0, std::numeric_limits<double>::quiet_NaN(), false, false ); } ),
             AggregationError::Reason::InvalidProbability );
  EXPECT_FALSE( AreaAggregationSession::isProbability( std::numeric_limits<double>::infinity() ) );
  EXPECT_TRUE( AreaAggregationSession::isProbability( 0.0 ) );
  EXPECT_TRUE( AreaAggregationSession::isProbability( 1.0 ) );
  EXPECT_EQ( session.read(), 0 );
  EXPECT_EQ( session.totals( 0 ).households, 0 );
}

TEST( AggregationSession, InvalidFineTotalsAreRefused )
{
  AreaAggregationSession coarse( 1 );
  AreaTotals negative;
  negative.households = -1;
  EXPECT_EQ( reasonOf( [&]
                       { coarse.addTotals( 0, negative ); } ),
             AggregationError::Reason::InvalidTotals );
  AreaTotals notANumber;
  notANumber.expected = std::numeric_limits<double>::quiet_NaN();
  const AggregationError unmatched = errorOf( [&]
                                              { coarse.addUnmatchedTotals( notANumber ); } );
  EXPECT_EQ( unmatched.reason(), AggregationError::Reason::InvalidTotals );
  EXPECT_EQ( unmatched.area(), -1 );
  AreaTotals negativeMembers;
  negativeMembers.memberExpected = -0.5;
  EXPECT_EQ( reasonOf( [&]
                       { coarse.addTotals( 0, negativeMembers ); } ),
             AggregationError::Reason::InvalidTotals );
  AreaTotals infiniteVariance;
  infiniteVariance.variance = std::numeric_limits<double>::infinity();
  EXPECT_EQ( reasonOf( [&]
                       { coarse.addTotals( 0, infiniteVariance ); } ),
             AggregationError::Reason::InvalidTotals );
  EXPECT_EQ( coarse.read(), 0 );
}

TEST( AggregationSession, HouseholdsAndTotalsDoNotMix )
{
  AreaAggregationSession households( 1 );
  households.addHousehold( 0, 0.5, false, false );
  EXPECT_EQ( reasonOf( [&]
                       { households.addTotals( 0, AreaTotals() ); } ),
             AggregationError::Reason::MixedRecords );
  EXPECT_EQ( reasonOf( [&]
                       { households.addUnmatchedTotals( AreaTotals() ); } ),
             AggregationError::Reason::MixedRecords );

  AreaAggregationSession totals( 1 );
  totals.addUnmatchedTotals( AreaTotals() );
  EXPECT_EQ( reasonOf( [&]
                       { totals.addUnmatched(); } ),
             AggregationError::Reason::MixedRecords );
  EXPECT_EQ( reasonOf( [&]
                       { totals.addHousehold( 0, 0.5, false, false ); } ),
             AggregationError::Reason::MixedRecords );
  EXPECT_EQ( reasonOf( [&]
                       { totals.merge( households ); } ),
             AggregationError::Reason::MixedRecords );
  EXPECT_EQ( totals.read(), 1 );
  EXPECT_EQ( households.read(), 1 );
}

TEST( AggregationSession, SessionsOfDifferentAreasDoNotMerge )
{
  AreaAggregationSession three( 3 ), two( 2 );
  const AggregationError error = errorOf( [&]
                                          { three.merge( two ); } );
  EXPECT_EQ( error.reason(), AggregationError::Reason::MergeMismatch );
  EXPECT_EQ( error.count(), 2 );
  EXPECT_EQ( error.limit(), 3 );
}
