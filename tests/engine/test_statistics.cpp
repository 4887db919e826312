#include "engine/statistics.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace targetgroup::engine;

TEST( IndexWithInterval, KatzIntervalByHand )
{
  // 50 of 200 seed households (25%) against 1000 of 10000 base households (10%):
  // index = 100 * 0.25 / 0.10 = 250.
  // se = sqrt(1/50 - 1/200 + 1/1000 - 1/10000) = sqrt(0.0159) = 0.126095
  // low  = 250 * exp(-1.959964 * 0.126095) = 250 / 1.280365 = 195.257
  // high = 250 * exp(+1.959964 * 0.126095) = 250 * 1.280361 = 320.090
  const IndexWithInterval result = indexWithInterval( 50, 200, 1000, 10000 );
  EXPECT_DOUBLE_EQ( result.index, 250.0 );
  EXPECT_NEAR( result.low, 195.257, 0.001 );
  EXPECT_NEAR( result.high, 320.090, 0.001 );
  EXPECT_TRUE( result.significant );
}

TEST( IndexWithInterval, NotSignificantWhenIntervalSpans100 )
{
  // 4 of 5 seed vs 8 of 20 base: index 200, se = sqrt(1/4 - 1/5 + 1/8 - 1/20) = sqrt(0.125) = 0.353553
  // low = 200 * exp(-1.959964 * 0.353553) = 200 * 0.500098 = 100.0195 -> just above 100.
  const IndexWithInterval result = indexWithInterval( 4, 5, 8, 20 );
  EXPECT_DOUBLE_EQ( result.index, 200.0 );
  EXPECT_NEAR( result.low, 100.0195, 0.0001 );
  EXPECT_NEAR( result.high, 399.9219, 0.0001 );
  EXPECT_TRUE( result.significant );
  // 3 of 5 vs 8 of 20: index 150, se = sqrt(1/3 - 1/5 + 1/8 - 1/20) = 0.456435; low = 150 * 0.40874 = 61.3
  const IndexWithInterval wide = indexWithInterval( 3, 5, 8, 20 );
  EXPECT_DOUBLE_EQ( wide.index, 150.0 );
  EXPECT_LT( wide.low, 100.0 );
  EXPECT_FALSE( wide.significant );
}

TEST( IndexWithInterval, NoSeedHouseholdsGivesZeroWithRuleOfThree )
{
  // 0 of 250 seed households, 400 of 4000 base (10%): index 0;
  // high = 100 * (3 / 250) / 0.10 = 100 * 0.012 / 0.1 = 12 -> significantly under-represented
  const IndexWithInterval none = indexWithInterval( 0, 250, 400, 4000 );
  EXPECT_DOUBLE_EQ( none.index, 0.0 );
  EXPECT_DOUBLE_EQ( none.low, 0.0 );
  EXPECT_NEAR( none.high, 12.0, 1e-9 );
  EXPECT_TRUE( none.significant );
  // 0 of 10 seed, 5 of 100 base: high = 100 * 0.3 / 0.05 = 600 -> not significant
  EXPECT_FALSE( indexWithInterval( 0, 10, 5, 100 ).significant );
}

TEST( IndexWithInterval, EmptyBaseGivesNaN )
{
  EXPECT_TRUE( std::isnan( indexWithInterval( 1, 10, 0, 100 ).index ) );
  EXPECT_TRUE( std::isnan( indexWithInterval( 0, 0, 5, 100 ).index ) );
}

TEST( ShrunkLikelihoodRatio, ByHand )
{
  // expected seed count = 100 * 50 / 1000 = 5; (10 + 10) / (5 + 10) = 4/3
  EXPECT_DOUBLE_EQ( shrunkLikelihoodRatio( 10, 100, 50, 1000, 10.0 ), 20.0 / 15.0 );
  // the raw ratio 10/5 = 2 is pulled towards 1; a big cell hardly moves:
  // expected = 10000 * 2000 / 100000 = 200; (400 + 10) / (200 + 10) = 1.952
  EXPECT_NEAR( shrunkLikelihoodRatio( 400, 10000, 2000, 100000, 10.0 ), 410.0 / 210.0, 1e-12 );
  // k = 0 is the raw ratio
  EXPECT_DOUBLE_EQ( shrunkLikelihoodRatio( 10, 100, 50, 1000, 0.0 ), 2.0 );
  // an empty seed cell is not a zero ratio: (0 + 10) / (5 + 10)
  EXPECT_DOUBLE_EQ( shrunkLikelihoodRatio( 0, 100, 50, 1000, 10.0 ), 10.0 / 15.0 );
}
