#include "engine/calibration.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace targetgroup::engine
{

long long scoreBin( double score )
{
  return std::llround( score / kScoreResolution );
}

double binScore( long long bin )
{
  return static_cast<double>( bin ) * kScoreResolution;
}

double logistic( double x )
{
  if ( x >= 0 )
    return 1.0 / ( 1.0 + std::exp( -x ) );
  const double e = std::exp( x );
  return e / ( 1.0 + e );
}

void ScoreHistogram::addBin( long long bin, long long households )
{
  mBins[bin] += households;
  mHouseholds += households;
}

double GroupCalibration::probability( long long bin ) const
{
  switch ( kind )
  {
  case Kind::AllZero:
    return 0.0;
  case Kind::AllOne:
    return 1.0;
  case Kind::Logistic:
    break;
  }
  return logistic( intercept + binScore( bin ) );
}

double GroupCalibration::expectedCount( const ScoreHistogram &histogram ) const
{
  double sum = 0;
  for ( const auto &[bin, households] : histogram.bins() )
    sum += static_cast<double>( households ) * probability( bin );
  return sum;
}

GroupCalibration calibrateGroup( const ScoreHistogram &histogram, double prevalence )
{
  if ( !( prevalence >= 0.0 && prevalence <= 1.0 ) )
    throw std::invalid_argument( "prevalence must be between 0 and 1" );
  GroupCalibration calibration;
  calibration.prevalence = prevalence;
  if ( prevalence == 0.0 )
  {
    calibration.kind = GroupCalibration::Kind::AllZero;
    return calibration;
  }
  if ( prevalence == 1.0 )
  {
    calibration.kind = GroupCalibration::Kind::AllOne;
    return calibration;
  }
  const double priorLogit = std::log( prevalence / ( 1.0 - prevalence ) );
  if ( histogram.households() == 0 )
  {
    calibration.intercept = priorLogit;
    return calibration;
  }

  // Contiguous copies: the solver sweeps the bins a dozen times.
  std::vector<double> scores, households;
  scores.reserve( histogram.bins().size() );
  households.reserve( histogram.bins().size() );
  for ( const auto &[bin, count] : histogram.bins() )
  {
    scores.push_back( binScore( bin ) );
    households.push_back( static_cast<double>( count ) );
  }
  const double target = prevalence * static_cast<double>( histogram.households() );
  const double lowestScore = scores.front();
  const double highestScore = scores.back();
  // At b = priorLogit - highest - 1 every logistic(b + s) < prevalence, so the
  // sum is below the target; at priorLogit - lowest + 1 it is above.
  double low = priorLogit - highestScore - 1.0;
  double high = priorLogit - lowestScore + 1.0;
  double intercept = priorLogit - 0.5 * ( lowestScore + highestScore );
  for ( int iteration = 0; iteration < 400; ++iteration )
  {
    double sum = 0, slope = 0;
    for ( size_t i = 0; i < scores.size(); ++i )
    {
      const double p = logistic( intercept + scores[i] );
      sum += households[i] * p;
      slope += households[i] * p * ( 1.0 - p );
    }
    const double difference = sum - target;
    if ( std::fabs( difference ) <= 1e-12 * target )
      break;
    if ( difference < 0 )
      low = intercept;
    else
      high = intercept;
    if ( high - low <= 4 * std::numeric_limits<double>::epsilon() * std::max( 1.0, std::fabs( intercept ) ) )
      break;
    double next = slope > 0 ? intercept - difference / slope : 0.5 * ( low + high );
    if ( !( next > low && next < high ) )
      next = 0.5 * ( low + high ); // Newton left the bracket: bisect instead
    intercept = next;
  }
  calibration.intercept = intercept;
  return calibration;
}

ReferenceCut findReferenceCut( const std::vector<ScoreHistogram> &groups, const std::vector<GroupCalibration> &calibrations, long long size )
{
  // Households per distinct probability, highest first. Several bins (of one
  // or more groups) can share a probability, e.g. 1.0 for very high scores.
  std::map<double, long long, std::greater<double>> byProbability;
  long long households = 0;
  for ( size_t g = 0; g < groups.size(); ++g )
  {
    for ( const auto &[bin, count] : groups[g].bins() )
      byProbability[calibrations[g].probability( bin )] += count;
    households += groups[g].households();
  }
  ReferenceCut cut;
  cut.size = std::clamp( size, 0LL, households );
  if ( cut.size == 0 )
    return cut;
  long long taken = 0;
  for ( const auto &[probability, count] : byProbability )
  {
    if ( taken + count >= cut.size )
    {
      cut.thresholdProbability = probability;
      cut.takeAtThreshold = cut.size - taken;
      break;
    }
    taken += count;
  }
  return cut;
}

ScoreHistogram scaledHistogram( const ScoreHistogram &histogram, double slope )
{
  ScoreHistogram scaled;
  for ( const auto &[bin, households] : histogram.bins() )
    scaled.addBin( scoreBin( slope * binScore( bin ) ), households );
  return scaled;
}

namespace
{

//! Households-weighted mean and variance of the groups' intercepts at a slope.
std::pair<double, double> interceptMoments( const std::vector<ScoreHistogram> &groups, const std::vector<double> &prevalences, const std::vector<size_t> &usable, double slope )
{
  double weight = 0, sum = 0, sumSquares = 0;
  for ( size_t g : usable )
  {
    const double intercept = calibrateGroup( slope == 1.0 ? groups[g] : scaledHistogram( groups[g], slope ), prevalences[g] ).intercept;
    const double households = static_cast<double>( groups[g].households() );
    weight += households;
    sum += households * intercept;
    sumSquares += households * intercept * intercept;
  }
  const double mean = sum / weight;
  return { mean, std::max( 0.0, sumSquares / weight - mean * mean ) };
}

} // namespace

SlopeFit fitCalibrationSlope( const std::vector<ScoreHistogram> &groups, const std::vector<double> &prevalences )
{
  SlopeFit fit;
  std::vector<size_t> usable;
  for ( size_t g = 0; g < groups.size() && g < prevalences.size(); ++g )
  {
    if ( groups[g].households() > 0 && prevalences[g] > 0.0 && prevalences[g] < 1.0 )
      usable.push_back( g );
  }
  fit.groups = static_cast<int>( usable.size() );
  if ( usable.size() < 2 )
    return fit;
  const auto [meanAtOne, varianceAtOne] = interceptMoments( groups, prevalences, usable, 1.0 );
  fit.commonIntercept = meanAtOne;
  fit.interceptSpreadAtOne = std::sqrt( varianceAtOne );
  fit.interceptSpread = fit.interceptSpreadAtOne;
  if ( !( varianceAtOne > 1e-12 ) )
    return fit;

  auto variance = [&]( double logSlope )
  { return interceptMoments( groups, prevalences, usable, std::exp( logSlope ) ).second; };
  // Grid over ln s, then golden section around the best grid point.
  const double step = std::log( 2.0 ) / 8;
  const double lowest = std::log( kMinimumSlope ), highest = std::log( kMaximumSlope );
  double bestLog = 0, bestVariance = varianceAtOne;
  for ( double logSlope = lowest; logSlope <= highest + 1e-12; logSlope += step )
  {
    const double value = variance( logSlope );
    if ( value < bestVariance )
    {
      bestVariance = value;
      bestLog = logSlope;
    }
  }
  double left = std::max( lowest, bestLog - step ), right = std::min( highest, bestLog + step );
  const double ratio = ( std::sqrt( 5.0 ) - 1 ) / 2;
  double x1 = right - ratio * ( right - left ), x2 = left + ratio * ( right - left );
  double f1 = variance( x1 ), f2 = variance( x2 );
  for ( int i = 0; i < 30; ++i )
  {
    if ( f1 < f2 )
    {
      right = x2;
      x2 = x1;
      f2 = f1;
      x1 = right - ratio * ( right - left );
      f1 = variance( x1 );
    }
    else
    {
      left = x1;
      x1 = x2;
      f1 = f2;
      x2 = left + ratio * ( right - left );
      f2 = variance( x2 );
    }
  }
  const double refinedLog = f1 < f2 ? x1 : x2;
  if ( std::min( f1, f2 ) < bestVariance )
    bestLog = refinedLog;
  fit.slope = std::exp( bestLog );
  const auto [mean, spread] = interceptMoments( groups, prevalences, usable, fit.slope );
  fit.commonIntercept = mean;
  fit.interceptSpread = std::sqrt( spread );
  return fit;
}

long long calibratedBin( long long bin, double slope )
{
  return slope == 1.0 ? bin : scoreBin( slope * binScore( bin ) );
}

RunCalibration calibrateRun( std::vector<ScoreHistogram> histograms, const std::vector<double> &groupPrevalences, double fallbackPrevalence,
                             bool slopeCalibration, bool referenceSizeFromExpected, long long households )
{
  RunCalibration run;
  if ( slopeCalibration && groupPrevalences.size() >= 2 )
  {
    const std::vector<ScoreHistogram> areas( histograms.begin(), histograms.begin() + static_cast<std::ptrdiff_t>( groupPrevalences.size() ) );
    run.slopeFit = fitCalibrationSlope( areas, groupPrevalences );
    if ( run.slopeFit.slope != 1.0 )
    {
      for ( ScoreHistogram &histogram : histograms )
        histogram = scaledHistogram( histogram, run.slopeFit.slope );
    }
  }
  for ( std::size_t slot = 0; slot < histograms.size(); ++slot )
  {
    const double groupPrevalence = slot < groupPrevalences.size() ? groupPrevalences[slot] : fallbackPrevalence;
    run.groups.push_back( calibrateGroup( histograms[slot], groupPrevalence ) );
    run.expectedTotal += run.groups.back().expectedCount( histograms[slot] );
  }
  run.meanProbability = households > 0 ? run.expectedTotal / static_cast<double>( households ) : 0.0;
  run.referenceSize = std::llround( referenceSizeFromExpected ? run.expectedTotal : fallbackPrevalence * static_cast<double>( households ) );
  run.referenceCut = findReferenceCut( histograms, run.groups, run.referenceSize );
  return run;
}

} // namespace targetgroup::engine
