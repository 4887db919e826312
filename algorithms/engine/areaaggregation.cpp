#include "engine/areaaggregation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>

namespace targetgroup::engine
{

void AreaTotals::addHousehold( double probability, bool inReferenceGroup, bool member )
{
  ++households;
  expected += probability;
  variance += probability * ( 1.0 - probability );
  if ( inReferenceGroup )
    ++reference;
  if ( member )
  {
    ++members;
    memberExpected += probability;
  }
}

void AreaTotals::add( const AreaTotals &other )
{
  households += other.households;
  expected += other.expected;
  variance += other.variance;
  reference += other.reference;
  members += other.members;
  memberExpected += other.memberExpected;
}

TotalsProblem totalsProblem( const AreaTotals &totals, bool withMembership )
{
  const bool countsValid = totals.households >= 0 && totals.reference >= 0 && totals.members >= 0;
  const bool sumsValid = std::isfinite( totals.expected ) && std::isfinite( totals.variance ) && std::isfinite( totals.memberExpected );
  if ( !countsValid || !sumsValid )
    return TotalsProblem::NegativeOrNotFinite;
  const double households = static_cast<double>( totals.households );
  const double slack = 1e-9 * std::max( 1.0, households );
  if ( totals.memberExpected < -slack )
    return TotalsProblem::NegativeOrNotFinite;
  if ( totals.expected < -slack || totals.expected > households + slack )
    return TotalsProblem::ExpectedOutOfRange;
  if ( totals.variance < -slack || totals.variance > totals.expected + slack )
    return TotalsProblem::VarianceOutOfRange;
  if ( totals.reference > totals.households )
    return TotalsProblem::ReferenceAboveHouseholds;
  if ( withMembership && ( totals.members > totals.households || totals.memberExpected > std::min( totals.expected, static_cast<double>( totals.members ) ) + slack ) )
    return TotalsProblem::MembershipInconsistent;
  return TotalsProblem::None;
}

ExpectedInterval expectedInterval( double expected, double variance, long long households )
{
  const double halfWidth = kInterval95 * std::sqrt( std::max( variance, 0.0 ) );
  ExpectedInterval interval;
  interval.low = std::max( expected - halfWidth, 0.0 );
  interval.high = std::min( expected + halfWidth, static_cast<double>( households ) );
  return interval;
}

std::optional<double> overallShare( const AreaTotals &allMatched )
{
  if ( allMatched.households <= 0 )
    return std::nullopt;
  return allMatched.expected / static_cast<double>( allMatched.households );
}

AreaFigures areaFigures( const AreaTotals &totals, std::optional<double> overallTargetShare, const AggregationSettings &settings )
{
  AreaFigures figures;
  figures.households = totals.households;
  figures.suppressed = totals.households < settings.minimumCount;
  if ( figures.suppressed )
    return figures;

  figures.expected = totals.expected;
  figures.variance = totals.variance;
  const ExpectedInterval interval = expectedInterval( totals.expected, totals.variance, totals.households );
  figures.expectedLow = interval.low;
  figures.expectedHigh = interval.high;
  figures.reference = totals.reference;
  if ( totals.households > 0 )
  {
    figures.share = totals.expected / static_cast<double>( totals.households );
    if ( overallTargetShare && *overallTargetShare > 0 )
      figures.index = 100.0 * *figures.share / *overallTargetShare;
  }
  if ( settings.membershipKnown )
  {
    figures.members = totals.members;
    figures.memberExpected = totals.memberExpected;
    figures.untapped = totals.expected - totals.memberExpected;
    if ( totals.households > 0 )
      figures.penetration = static_cast<double>( totals.members ) / static_cast<double>( totals.households );
    if ( totals.expected > 0 )
      figures.reach = totals.memberExpected / totals.expected;
  }
  return figures;
}

std::string CodeHierarchy::body( const std::string &code )
{
  std::size_t begin = 0;
  std::size_t end = code.size();
  while ( begin < end && std::isspace( static_cast<unsigned char>( code[begin] ) ) )
    ++begin;
  while ( end > begin && std::isspace( static_cast<unsigned char>( code[end - 1] ) ) )
    --end;
  while ( begin < end && std::isalpha( static_cast<unsigned char>( code[begin] ) ) )
    ++begin;
  return code.substr( begin, end - begin );
}

bool CodeHierarchy::nestsByPrefix( const std::string &code )
{
  const std::string codeBody = body( code );
  if ( codeBody.empty() )
    return false;
  std::string prefix;
  for ( const char character : code )
  {
    if ( std::isspace( static_cast<unsigned char>( character ) ) && prefix.empty() )
      continue;
    if ( !std::isalpha( static_cast<unsigned char>( character ) ) )
      break;
    prefix += static_cast<char>( std::toupper( static_cast<unsigned char>( character ) ) );
  }
  return prefix == "BU" || prefix == "WK" || prefix == "GM";
}

bool CodeHierarchy::addCoarse( const std::string &code, int coarseIndex )
{
  const std::string coarseBody = body( code );
  if ( !mCoarseByBody.emplace( coarseBody, coarseIndex ).second )
    return false;
  if ( std::find( mBodyLengths.begin(), mBodyLengths.end(), coarseBody.size() ) == mBodyLengths.end() )
  {
    mBodyLengths.push_back( coarseBody.size() );
    std::sort( mBodyLengths.begin(), mBodyLengths.end(), std::greater<std::size_t>() );
  }
  return true;
}

int CodeHierarchy::coarseFor( const std::string &fineCode ) const
{
  const std::string fineBody = body( fineCode );
  for ( const std::size_t length : mBodyLengths )
  {
    if ( length == 0 || length > fineBody.size() )
      continue;
    const auto found = mCoarseByBody.find( fineBody.substr( 0, length ) );
    if ( found != mCoarseByBody.end() )
      return found->second;
  }
  return -1;
}

} // namespace targetgroup::engine
