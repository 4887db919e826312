#include "engine/calibration.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace targetgroup::engine;

TEST( Calibration, ScoresAreRoundedToTheResolution )
{
  EXPECT_EQ( scoreBin( 0.40038 ), 4004 );
  EXPECT_EQ( scoreBin( -0.54931 ), -5493 );
  EXPECT_EQ( scoreBin( 0.00005 ), 1 ); // half away from zero
  EXPECT_DOUBLE_EQ( binScore( -5493 ), -0.5493 );
}

TEST( Calibration, LogisticIsStableAtTheExtremes )
{
  EXPECT_DOUBLE_EQ( logistic( 0 ), 0.5 );
  EXPECT_DOUBLE_EQ( logistic( std::log( 3.0 ) ), 0.75 );
  EXPECT_EQ( logistic( -1000 ), 0.0 );
  EXPECT_EQ( logistic( 1000 ), 1.0 );
}

TEST( Calibration, OneScoreGetsThePrevalenceItself )
{
  // All 10 households score 0.4004: b = logit(0.2) - 0.4004 = ln(1/4) - 0.4004 = -1.786694,
  // and every p = 0.2.
  ScoreHistogram histogram;
  for ( int i = 0; i < 10; ++i )
    histogram.add( 0.40038 );
  const GroupCalibration calibration = calibrateGroup( histogram, 0.2 );
  EXPECT_NEAR( calibration.intercept, std::log( 0.25 ) - 0.4004, 1e-12 );
  EXPECT_NEAR( calibration.probability( scoreBin( 0.40038 ) ), 0.2, 1e-12 );
  EXPECT_NEAR( calibration.expectedCount( histogram ), 2.0, 1e-12 );
}

TEST( Calibration, SymmetricPairAtHalfHasClosedForm )
{
  // Two households with scores s1, s2 and prevalence 0.5: logistic(x) + logistic(-x) = 1,
  // so b = -(s1 + s2) / 2 and p1 = logistic((s1 - s2) / 2).
  // s1 = 0.4004, s2 = -0.5493: b = 0.07445, p1 = logistic(0.47485) = 1 / (1 + 0.621980) = 0.616531, p2 = 0.383469.
  ScoreHistogram histogram;
  histogram.add( 0.4004 );
  histogram.add( -0.5493 );
  const GroupCalibration calibration = calibrateGroup( histogram, 0.5 );
  EXPECT_NEAR( calibration.intercept, 0.07445, 1e-12 );
  EXPECT_NEAR( calibration.probability( scoreBin( 0.4004 ) ), 0.616531, 1e-6 );
  EXPECT_NEAR( calibration.probability( scoreBin( -0.5493 ) ), 0.383469, 1e-6 );
}

TEST( Calibration, SumMatchesPrevalenceForSkewedScores )
{
  // 100,000 households with scores spread from -12 to +8 (deterministic).
  ScoreHistogram histogram;
  for ( int i = 0; i < 100000; ++i )
    histogram.add( -12.0 + 20.0 * ( ( i * 7919 ) % 100000 ) / 100000.0 );
  for ( const double prevalence : { 1e-6, 0.01, 0.106, 0.5, 0.97, 0.999999 } )
  {
    const GroupCalibration calibration = calibrateGroup( histogram, prevalence );
    const double target = prevalence * 100000;
    EXPECT_NEAR( calibration.expectedCount( histogram ) / target, 1.0, 1e-9 ) << prevalence;
  }
}

TEST( Calibration, PrevalenceZeroAndOneAreExact )
{
  ScoreHistogram histogram;
  histogram.add( -3 );
  histogram.add( 5 );
  const GroupCalibration none = calibrateGroup( histogram, 0.0 );
  EXPECT_EQ( none.probability( scoreBin( 5 ) ), 0.0 );
  EXPECT_EQ( none.expectedCount( histogram ), 0.0 );
  const GroupCalibration all = calibrateGroup( histogram, 1.0 );
  EXPECT_EQ( all.probability( scoreBin( -3 ) ), 1.0 );
  EXPECT_EQ( all.expectedCount( histogram ), 2.0 );
}

TEST( Calibration, EmptyGroupAndInvalidPrevalence )
{
  const ScoreHistogram empty;
  const GroupCalibration calibration = calibrateGroup( empty, 0.2 );
  EXPECT_NEAR( calibration.probability( 0 ), 0.2, 1e-12 );
  EXPECT_THROW( calibrateGroup( empty, 1.5 ), std::invalid_argument );
  EXPECT_THROW( calibrateGroup( empty, -0.1 ), std::invalid_argument );
  EXPECT_THROW( calibrateGroup( empty, std::nan( "" ) ), std::invalid_argument );
}

TEST( Calibration, ReferenceCutTakesTiesInReadingOrder )
{
  // Group 0: scores 2 (x1), 1 (x3), 0 (x2). Group 1 (another intercept): score 5 (x1).
  ScoreHistogram first;
  first.add( 2 );
  for ( int i = 0; i < 3; ++i )
    first.add( 1 );
  first.add( 0 );
  first.add( 0 );
  ScoreHistogram second;
  second.add( 5 );
  std::vector<GroupCalibration> calibrations( 2 );
  calibrations[0].intercept = -1;  // p: logistic(1), logistic(0) = .5, logistic(-1)
  calibrations[1].intercept = -10; // p: logistic(-5), lowest of all
  // Highest 3: logistic(1) (1 household), then 2 of the 3 at 0.5.
  const ReferenceCut cut = findReferenceCut( { first, second }, calibrations, 3 );
  EXPECT_EQ( cut.size, 3 );
  EXPECT_EQ( cut.thresholdProbability, 0.5 );
  EXPECT_EQ( cut.takeAtThreshold, 2 );
  ReferenceSelector selector( cut );
  // Reading order: 0.5, logistic(-5), 0.5, logistic(1), 0.5 -> the first two 0.5s are taken.
  EXPECT_TRUE( selector.take( 0.5 ) );
  EXPECT_FALSE( selector.take( logistic( -5 ) ) );
  EXPECT_TRUE( selector.take( 0.5 ) );
  EXPECT_TRUE( selector.take( logistic( 1 ) ) );
  EXPECT_FALSE( selector.take( 0.5 ) );
}

TEST( Calibration, ReferenceCutEdges )
{
  ScoreHistogram histogram;
  histogram.add( 1 );
  histogram.add( 2 );
  const std::vector<GroupCalibration> calibrations( 1 );
  const ReferenceCut none = findReferenceCut( { histogram }, calibrations, 0 );
  ReferenceSelector nobody( none );
  EXPECT_FALSE( nobody.take( 1.0 ) );
  const ReferenceCut all = findReferenceCut( { histogram }, calibrations, 5 ); // clamped to 2
  EXPECT_EQ( all.size, 2 );
  ReferenceSelector everybody( all );
  EXPECT_TRUE( everybody.take( logistic( 2 ) ) );
  EXPECT_TRUE( everybody.take( logistic( 1 ) ) );
  // Saturated probabilities: scores 40 and 50 both give p = 1.0 exactly -> one tie.
  ScoreHistogram saturated;
  saturated.add( 40 );
  saturated.add( 50 );
  saturated.add( 0 );
  const ReferenceCut one = findReferenceCut( { saturated }, calibrations, 1 );
  EXPECT_EQ( one.thresholdProbability, 1.0 );
  EXPECT_EQ( one.takeAtThreshold, 1 );
}

TEST( Calibration, SlopeFromTwoAreasWithConstantScoresIsExact )
{
  // Area A: 100 households scoring +1, estimate logistic(1.5); area B: 100 scoring -1,
  // estimate logistic(-1.5). Each area's intercept is b = logit(p) - s x score:
  // at s = 1, b_A = 0.5 and b_B = -0.5 (spread 0.5); at s = 1.5 both are 0, the least spread.
  ScoreHistogram a, b;
  a.addBin( scoreBin( 1.0 ), 100 );
  b.addBin( scoreBin( -1.0 ), 100 );
  const SlopeFit fit = fitCalibrationSlope( { a, b }, { logistic( 1.5 ), logistic( -1.5 ) } );
  EXPECT_EQ( fit.groups, 2 );
  EXPECT_NEAR( fit.slope, 1.5, 1e-4 );
  EXPECT_NEAR( fit.interceptSpreadAtOne, 0.5, 1e-6 );
  EXPECT_NEAR( fit.interceptSpread, 0.0, 1e-3 );
  EXPECT_NEAR( fit.commonIntercept, 0.0, 1e-4 );
  // The scaled histogram multiplies every bin's score.
  const ScoreHistogram scaled = scaledHistogram( a, 1.5 );
  ASSERT_EQ( scaled.bins().size(), 1u );
  EXPECT_EQ( scaled.bins().begin()->first, scoreBin( 1.5 ) );
  EXPECT_EQ( scaled.households(), 100 );
}

TEST( Calibration, SlopeIsOneWithoutTwoUsableAreas )
{
  ScoreHistogram a, b, empty;
  a.addBin( scoreBin( 1.0 ), 10 );
  b.addBin( scoreBin( -1.0 ), 10 );
  EXPECT_EQ( fitCalibrationSlope( { a }, { 0.3 } ).slope, 1.0 );
  // prevalence 0 or 1, and areas without households, take no part
  const SlopeFit fit = fitCalibrationSlope( { a, b, empty }, { 0.3, 1.0, 0.5 } );
  EXPECT_EQ( fit.groups, 1 );
  EXPECT_EQ( fit.slope, 1.0 );
  // Two areas whose intercepts agree at s = 1 already: s = 1.
  EXPECT_EQ( fitCalibrationSlope( { a, b }, { logistic( 1.0 ), logistic( -1.0 ) } ).slope, 1.0 );
}

TEST( Calibration, SlopeStaysWithinItsBounds )
{
  // Estimates far apart for scores close together: s would be 20; it stops at kMaximumSlope.
  ScoreHistogram a, b;
  a.addBin( scoreBin( 0.1 ), 50 );
  b.addBin( scoreBin( -0.1 ), 50 );
  const SlopeFit fit = fitCalibrationSlope( { a, b }, { logistic( 2.0 ), logistic( -2.0 ) } );
  EXPECT_NEAR( fit.slope, kMaximumSlope, 1e-5 );
}
