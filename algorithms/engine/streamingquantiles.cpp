#include "engine/streamingquantiles.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace targetgroup::engine
{

StreamingQuantiles::StreamingQuantiles( std::size_t capacity )
    : mCapacity( std::max<std::size_t>( capacity, 2 ) )
{
  mBuffer.reserve( mCapacity );
}

void StreamingQuantiles::add( double value )
{
  if ( std::isnan( value ) )
    return;
  mWeightedValid = false;
  mBuffer.push_back( value );
  ++mCount;
  if ( mBuffer.size() < mCapacity )
    return;
  std::sort( mBuffer.begin(), mBuffer.end() );
  std::vector<double> full;
  full.swap( mBuffer );
  mBuffer.reserve( mCapacity );
  carry( std::move( full ), 0 );
}

std::vector<double> StreamingQuantiles::halve( const std::vector<double> &a, const std::vector<double> &b, std::size_t level )
{
  std::vector<double> merged( a.size() + b.size() );
  std::merge( a.begin(), a.end(), b.begin(), b.end(), merged.begin() );
  // Alternate the kept half so that the rounding errors of successive
  // halvings cancel instead of adding up in one direction.
  const std::size_t offset = mHalvings[level] % 2;
  ++mHalvings[level];
  mErrorWeight += std::ldexp( 1.0, static_cast<int>( level ) );
  std::vector<double> half;
  half.reserve( merged.size() / 2 + 1 );
  for ( std::size_t i = offset; i < merged.size(); i += 2 )
    half.push_back( merged[i] );
  return half;
}

void StreamingQuantiles::carry( std::vector<double> buffer, std::size_t level )
{
  while ( true )
  {
    if ( mLevels.size() <= level )
    {
      mLevels.resize( level + 1 );
      mHalvings.resize( level + 1, 0 );
    }
    if ( mLevels[level].empty() )
    {
      mLevels[level] = std::move( buffer );
      return;
    }
    std::vector<double> resident;
    resident.swap( mLevels[level] );
    buffer = halve( resident, buffer, level );
    ++level;
  }
}

void StreamingQuantiles::merge( const StreamingQuantiles &other )
{
  mWeightedValid = false;
  for ( const double value : other.mBuffer )
    add( value );
  for ( std::size_t level = 0; level < other.mLevels.size(); ++level )
  {
    if ( other.mLevels[level].empty() )
      continue;
    mCount += static_cast<long long>( other.mLevels[level].size() ) << level;
    carry( other.mLevels[level], level );
  }
  mErrorWeight += other.mErrorWeight;
}

const std::vector<std::pair<double, std::uint64_t>> &StreamingQuantiles::weighted() const
{
  if ( mWeightedValid )
    return mWeighted;
  std::vector<std::pair<double, std::uint64_t>> &items = mWeighted;
  items.clear();
  items.reserve( heldValues() );
  for ( const double value : mBuffer )
    items.emplace_back( value, 1 );
  for ( std::size_t level = 0; level < mLevels.size(); ++level )
  {
    for ( const double value : mLevels[level] )
      items.emplace_back( value, std::uint64_t{ 1 } << level );
  }
  std::sort( items.begin(), items.end() );
  mWeightedValid = true;
  return items;
}

double StreamingQuantiles::valueAtPosition( long long position ) const
{
  if ( mCount == 0 )
    throw std::out_of_range( "StreamingQuantiles::valueAtPosition() without values" );
  const std::vector<std::pair<double, std::uint64_t>> &items = weighted();
  std::uint64_t cumulative = 0;
  for ( const auto &[value, weight] : items )
  {
    cumulative += weight;
    if ( static_cast<long long>( cumulative ) > position )
      return value;
  }
  return items.back().first;
}

std::vector<double> StreamingQuantiles::binEdges( int bins ) const
{
  std::vector<double> edges;
  if ( mCount == 0 || bins < 2 )
    return edges;
  const std::vector<std::pair<double, std::uint64_t>> &items = weighted();
  // The held weights add up to count() only to the halvings' rounding: scale
  // the positions to the held total so the last bin is not lost.
  std::uint64_t heldWeight = 0;
  for ( const auto &item : items )
    heldWeight += item.second;
  std::size_t index = 0;
  std::uint64_t cumulative = items.front().second; // weight of items[0 .. index]
  for ( int i = 1; i < bins; ++i )
  {
    const auto position = static_cast<std::uint64_t>( std::floor( static_cast<double>( i ) * static_cast<double>( heldWeight ) / bins ) );
    while ( index + 1 < items.size() && cumulative <= position )
    {
      ++index;
      cumulative += items[index].second;
    }
    if ( cumulative <= position )
      break;
    if ( edges.empty() || items[index].first > edges.back() )
      edges.push_back( items[index].first );
  }
  return edges;
}

double StreamingQuantiles::errorBound() const
{
  return mErrorWeight;
}

std::size_t StreamingQuantiles::heldValues() const
{
  std::size_t held = mBuffer.size();
  for ( const std::vector<double> &level : mLevels )
    held += level.size();
  return held;
}

} // namespace targetgroup::engine
