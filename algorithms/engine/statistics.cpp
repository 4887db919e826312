#include "engine/statistics.h"

#include <algorithm>
#include <cmath>

namespace targetgroup::engine
{

IndexWithInterval indexWithInterval( long long seedN, long long seedTotal, long long baseN, long long baseTotal )
{
  IndexWithInterval result;
  if ( seedN == 0 && baseN > 0 && seedTotal > 0 && baseTotal > 0 )
  {
    // No seed household in the category: index 0; the log-scale interval does
    // not exist, so the upper limit is the "rule of three" (3 / seedTotal is
    // the one-sided 95% upper bound of a proportion with no events).
    const double baseShare = static_cast<double>( baseN ) / static_cast<double>( baseTotal );
    result.index = 0.0;
    result.low = 0.0;
    result.high = 100.0 * ( 3.0 / static_cast<double>( seedTotal ) ) / baseShare;
    result.significant = result.high < 100.0;
    return result;
  }
  if ( seedN <= 0 || baseN <= 0 || seedTotal <= 0 || baseTotal <= 0 )
  {
    result.index = result.low = result.high = std::nan( "" );
    return result;
  }
  const double seedShare = static_cast<double>( seedN ) / static_cast<double>( seedTotal );
  const double baseShare = static_cast<double>( baseN ) / static_cast<double>( baseTotal );
  const double ratio = seedShare / baseShare;
  const double variance = 1.0 / seedN - 1.0 / seedTotal + 1.0 / baseN - 1.0 / baseTotal;
  const double standardError = std::sqrt( std::max( variance, 0.0 ) );
  result.index = 100.0 * ratio;
  result.low = 100.0 * ratio * std::exp( -kZ95 * standardError );
  result.high = 100.0 * ratio * std::exp( kZ95 * standardError );
  result.significant = result.low > 100.0 || result.high < 100.0;
  return result;
}

double shrunkLikelihoodRatio( long long seedN, long long seedTotal, long long baseN, long long baseTotal, double priorStrength )
{
  if ( seedTotal <= 0 || baseTotal <= 0 )
    return 1.0;
  const double expectedSeed = static_cast<double>( seedTotal ) * static_cast<double>( baseN ) / static_cast<double>( baseTotal );
  return ( static_cast<double>( seedN ) + priorStrength ) / ( expectedSeed + priorStrength );
}

} // namespace targetgroup::engine
