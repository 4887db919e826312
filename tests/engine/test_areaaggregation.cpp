#include "engine/areaaggregation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace targetgroup::engine;

namespace
{
//! Three households: p = 0.2 (reference group), 0.5 (member), 0.9 (member).
AreaTotals threeHouseholds()
{
  AreaTotals totals;
  totals.addHousehold( 0.2, true, false );
  totals.addHousehold( 0.5, false, true );
  totals.addHousehold( 0.9, false, true );
  return totals;
}
} // namespace

TEST( AreaAggregation, SumsOfThreeHouseholds )
{
  const AreaTotals totals = threeHouseholds();
  EXPECT_EQ( totals.households, 3 );
  EXPECT_DOUBLE_EQ( totals.expected, 1.6 );                // 0.2 + 0.5 + 0.9
  EXPECT_DOUBLE_EQ( totals.variance, 0.16 + 0.25 + 0.09 ); // 0.2*0.8 + 0.5*0.5 + 0.9*0.1 = 0.5
  EXPECT_EQ( totals.reference, 1 );
  EXPECT_EQ( totals.members, 2 );
  EXPECT_DOUBLE_EQ( totals.memberExpected, 1.4 ); // 0.5 + 0.9
}

TEST( AreaAggregation, FiguresByHand )
{
  AggregationSettings settings;
  settings.minimumCount = 3;
  settings.membershipKnown = true;
  // Overall share 0.4 (e.g. all matched households together).
  const AreaFigures figures = areaFigures( threeHouseholds(), 0.4, settings );
  EXPECT_FALSE( figures.suppressed );
  EXPECT_EQ( figures.households, 3 );
  EXPECT_NEAR( *figures.expected, 1.6, 1e-12 );
  EXPECT_NEAR( *figures.variance, 0.5, 1e-12 );
  // 1.959964 * sqrt(0.5) = 1.385904; 1.6 -+ that.
  EXPECT_NEAR( *figures.expectedLow, 0.214096, 1e-6 );
  EXPECT_NEAR( *figures.expectedHigh, 2.985904, 1e-6 );
  EXPECT_EQ( *figures.reference, 1 );
  EXPECT_NEAR( *figures.share, 1.6 / 3, 1e-12 );                // 0.5333
  EXPECT_NEAR( *figures.index, 100 * ( 1.6 / 3 ) / 0.4, 1e-9 ); // 133.33
  EXPECT_EQ( *figures.members, 2 );
  EXPECT_NEAR( *figures.penetration, 2.0 / 3, 1e-12 );
  EXPECT_NEAR( *figures.memberExpected, 1.4, 1e-12 );
  EXPECT_NEAR( *figures.reach, 1.4 / 1.6, 1e-12 ); // 0.875
  EXPECT_NEAR( *figures.untapped, 0.2, 1e-12 );    // 1.6 - 1.4
}

TEST( AreaAggregation, SuppressionKeepsOnlyTheHouseholdCount )
{
  AggregationSettings settings;
  settings.minimumCount = 4; // three households < 4
  settings.membershipKnown = true;
  const AreaFigures figures = areaFigures( threeHouseholds(), 0.4, settings );
  EXPECT_TRUE( figures.suppressed );
  EXPECT_EQ( figures.households, 3 );
  EXPECT_FALSE( figures.expected || figures.expectedLow || figures.expectedHigh || figures.variance );
  EXPECT_FALSE( figures.reference || figures.share || figures.index );
  EXPECT_FALSE( figures.members || figures.penetration || figures.memberExpected || figures.reach || figures.untapped );
}

TEST( AreaAggregation, WithoutMembershipTheMemberFiguresStayEmpty )
{
  AggregationSettings settings;
  settings.minimumCount = 0;
  settings.membershipKnown = false;
  const AreaFigures figures = areaFigures( threeHouseholds(), 0.4, settings );
  EXPECT_TRUE( figures.expected.has_value() );
  EXPECT_FALSE( figures.members || figures.penetration || figures.memberExpected || figures.reach || figures.untapped );
}

TEST( AreaAggregation, IntervalIsClippedToThePossibleRange )
{
  // Two households with p = 0.01: 0.02 - 1.96 * sqrt(0.0198) < 0 -> 0.
  const ExpectedInterval low = expectedInterval( 0.02, 2 * 0.01 * 0.99, 2 );
  EXPECT_EQ( low.low, 0.0 );
  EXPECT_NEAR( low.high, 0.02 + kInterval95 * std::sqrt( 0.0198 ), 1e-12 );
  // One household with p = 0.9: 0.9 + 1.96 * 0.3 = 1.49 > 1 household -> 1.
  const ExpectedInterval high = expectedInterval( 0.9, 0.09, 1 );
  EXPECT_EQ( high.high, 1.0 );
  EXPECT_NEAR( high.low, 0.9 - kInterval95 * 0.3, 1e-12 ); // 0.312
}

TEST( AreaAggregation, EmptyAreasAndZeroDenominators )
{
  AggregationSettings settings;
  settings.minimumCount = 0;
  settings.membershipKnown = true;
  const AreaFigures empty = areaFigures( AreaTotals(), 0.4, settings );
  EXPECT_FALSE( empty.suppressed );
  EXPECT_EQ( *empty.expected, 0.0 );
  EXPECT_EQ( *empty.expectedLow, 0.0 );
  EXPECT_EQ( *empty.expectedHigh, 0.0 );
  EXPECT_FALSE( empty.share || empty.index || empty.penetration || empty.reach );
  EXPECT_EQ( *empty.untapped, 0.0 );

  settings.minimumCount = 1;
  EXPECT_TRUE( areaFigures( AreaTotals(), 0.4, settings ).suppressed );

  // Households with p = 0 everywhere: share 0, no index (overall share 0), no reach.
  AreaTotals zero;
  zero.addHousehold( 0.0, false, true );
  settings.minimumCount = 0;
  const AreaFigures zeroFigures = areaFigures( zero, overallShare( zero ), settings );
  EXPECT_EQ( *zeroFigures.share, 0.0 );
  EXPECT_FALSE( zeroFigures.index.has_value() );
  EXPECT_FALSE( zeroFigures.reach.has_value() );
  EXPECT_EQ( *zeroFigures.penetration, 1.0 );
  EXPECT_FALSE( overallShare( AreaTotals() ).has_value() );
}

TEST( AreaAggregation, TotalsAreAdditive )
{
  AreaTotals first, second, all;
  const double probabilities[] = { 0.1, 0.35, 0.7, 0.05, 0.99, 0.5 };
  for ( int i = 0; i < 6; ++i )
  {
    const bool reference = i % 2 == 0, member = i % 3 == 0;
    ( i < 3 ? first : second ).addHousehold( probabilities[i], reference, member );
    all.addHousehold( probabilities[i], reference, member );
  }
  first.add( second );
  EXPECT_EQ( first.households, all.households );
  EXPECT_NEAR( first.expected, all.expected, 1e-12 );
  EXPECT_NEAR( first.variance, all.variance, 1e-12 );
  EXPECT_EQ( first.reference, all.reference );
  EXPECT_EQ( first.members, all.members );
  EXPECT_NEAR( first.memberExpected, all.memberExpected, 1e-12 );
  EXPECT_EQ( *overallShare( all ), all.expected / 6 );
}

TEST( AreaAggregation, CbsCodeHierarchy )
{
  CodeHierarchy gemeenten;
  EXPECT_TRUE( gemeenten.addCoarse( "GM0228", 0 ) );
  EXPECT_TRUE( gemeenten.addCoarse( "GM0363", 1 ) );
  EXPECT_FALSE( gemeenten.addCoarse( "GM0228", 2 ) ); // duplicate
  EXPECT_EQ( gemeenten.coarseFor( "WK022801" ), 0 );
  EXPECT_EQ( gemeenten.coarseFor( "WK0363AA" ), 1 ); // Amsterdam wijk codes end in letters
  EXPECT_EQ( gemeenten.coarseFor( "BU02280101" ), 0 );
  EXPECT_EQ( gemeenten.coarseFor( " WK036301 " ), 1 );
  EXPECT_EQ( gemeenten.coarseFor( "WK0999"
                                  "01" ),
             -1 );
  EXPECT_EQ( gemeenten.coarseFor( "GM02" ), -1 ); // shorter than any coarse code
  EXPECT_EQ( CodeHierarchy::body( "WK0363AA" ), "0363AA" );

  // The same level joins to itself; the longest matching body wins.
  CodeHierarchy mixed;
  mixed.addCoarse( "GM0228", 0 );
  mixed.addCoarse( "WK022801", 1 );
  EXPECT_EQ( mixed.coarseFor( "WK022801" ), 1 );
  EXPECT_EQ( mixed.coarseFor( "BU02280101" ), 1 );
  EXPECT_EQ( mixed.coarseFor( "BU02280201" ), 0 );
}

TEST( AreaAggregation, OnlyBuurtWijkAndGemeenteCodesNestByPrefix )
{
  EXPECT_TRUE( CodeHierarchy::nestsByPrefix( "BU02280101" ) );
  EXPECT_TRUE( CodeHierarchy::nestsByPrefix( "WK0363AA" ) );
  EXPECT_TRUE( CodeHierarchy::nestsByPrefix( "GM0228" ) );
  EXPECT_TRUE( CodeHierarchy::nestsByPrefix( " gm0228 " ) ); // letter case and spaces do not matter
  EXPECT_FALSE( CodeHierarchy::nestsByPrefix( "PV25" ) );    // provincie codes are numbered apart
  EXPECT_FALSE( CodeHierarchy::nestsByPrefix( "GM" ) );      // no body
  EXPECT_FALSE( CodeHierarchy::nestsByPrefix( "0228" ) );    // no prefix
  EXPECT_FALSE( CodeHierarchy::nestsByPrefix( "WKA0228" ) ); // another prefix
  EXPECT_FALSE( CodeHierarchy::nestsByPrefix( "" ) );
}

// --- totalsProblem: which sums can come from households --------------------------

namespace
{
AreaTotals householdSums()
{
  // Three households with p = 0.5, 0.25, 0.25; the first is in the reference
  // group and a member: expected 1, variance 0.25 + 2 x 0.1875 = 0.625.
  AreaTotals totals;
  totals.addHousehold( 0.5, true, true );
  totals.addHousehold( 0.25, false, false );
  totals.addHousehold( 0.25, false, false );
  return totals;
}
} // namespace

TEST( TotalsProblem, SumsOfHouseholdsPass )
{
  const AreaTotals totals = householdSums();
  EXPECT_DOUBLE_EQ( totals.variance, 0.625 );
  EXPECT_EQ( totalsProblem( totals, true ), TotalsProblem::None );
  EXPECT_EQ( totalsProblem( AreaTotals(), true ), TotalsProblem::None ) << "an empty area";
}

TEST( TotalsProblem, EachRuleIsNamed )
{
  AreaTotals negative = householdSums();
  negative.reference = -1;
  EXPECT_EQ( totalsProblem( negative, false ), TotalsProblem::NegativeOrNotFinite );
  AreaTotals notFinite = householdSums();
  notFinite.variance = std::nan( "" );
  EXPECT_EQ( totalsProblem( notFinite, false ), TotalsProblem::NegativeOrNotFinite );
  AreaTotals tooMany = householdSums();
  tooMany.expected = 3.5; // more than the 3 households
  EXPECT_EQ( totalsProblem( tooMany, false ), TotalsProblem::ExpectedOutOfRange );
  AreaTotals wideVariance = householdSums();
  wideVariance.variance = 1.5; // a sum of p(1-p) is at most the sum of p = 1
  EXPECT_EQ( totalsProblem( wideVariance, false ), TotalsProblem::VarianceOutOfRange );
  AreaTotals bigReference = householdSums();
  bigReference.reference = 4;
  EXPECT_EQ( totalsProblem( bigReference, false ), TotalsProblem::ReferenceAboveHouseholds );
  AreaTotals memberExpected = householdSums();
  memberExpected.memberExpected = 0.75; // one member with p = 0.5 can give at most 1 (members), here min(expected 1, members 1)...
  memberExpected.members = 0;           // ...but with no members it must be 0
  EXPECT_EQ( totalsProblem( memberExpected, true ), TotalsProblem::MembershipInconsistent );
  EXPECT_EQ( totalsProblem( memberExpected, false ), TotalsProblem::None ) << "membership rules apply only with membership figures";
}

TEST( TotalsProblem, RoundingInTheLastDigitsIsAccepted )
{
  AreaTotals totals = householdSums();
  totals.expected = 3.0 + 1e-12; // all three households certain, summed with rounding
  totals.variance = 1e-13;
  EXPECT_EQ( totalsProblem( totals, false ), TotalsProblem::None );
}
