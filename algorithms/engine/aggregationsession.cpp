#include "engine/aggregationsession.h"

#include <cmath>

namespace targetgroup::engine
{

AreaAggregationSession::AreaAggregationSession( std::size_t areaCount )
    : mTotals( areaCount )
{
}

void AreaAggregationSession::requireKind( RecordKind kind, const char *what )
{
  if ( mKind != RecordKind::None && mKind != kind )
    throw AggregationError( AggregationError::Reason::MixedRecords, std::string( "AreaAggregationSession::" ) + what + ": a session sums either households or area totals, not both." );
  mKind = kind;
}

std::size_t AreaAggregationSession::slotOf( long long area ) const
{
  if ( area < 0 || static_cast<unsigned long long>( area ) >= mTotals.size() )
    throw AggregationError( AggregationError::Reason::AreaOutOfRange, "Area " + std::to_string( area ) + " does not exist: the session has " + std::to_string( mTotals.size() ) + " areas.", area, 0, area, static_cast<long long>( mTotals.size() ) );
  return static_cast<std::size_t>( area );
}

void AreaAggregationSession::checkTotals( const AreaTotals &totals, long long area, bool withMembership )
{
  if ( totalsProblem( totals, withMembership ) != TotalsProblem::None )
    throw AggregationError( AggregationError::Reason::InvalidTotals, std::string( "The totals of a fine area " ) + ( area < 0 ? std::string( "outside every area" ) : "for area " + std::to_string( area ) ) + " cannot come from households (a negative count, a sum that is negative or not a number, or sums that contradict each other: see totalsProblem()).", area );
}

void AreaAggregationSession::addHousehold( long long area, double probability, bool inReferenceGroup, bool member, bool inSeveralAreas )
{
  if ( !isProbability( probability ) )
    throw AggregationError( AggregationError::Reason::InvalidProbability, "A household has the probability " + std::to_string( probability ) + "; every household needs a probability from 0 to 1.", area, probability );
  const std::size_t slot = slotOf( area );
  requireKind( RecordKind::Households, "addHousehold()" );
  mTotals[slot].addHousehold( probability, inReferenceGroup, member );
  ++mMatched;
  if ( inSeveralAreas )
    ++mMultiple;
  changed();
}

void AreaAggregationSession::addUnmatched()
{
  requireKind( RecordKind::Households, "addUnmatched()" );
  ++mUnmatched;
  ++mUnmatchedHouseholds;
}

void AreaAggregationSession::addTotals( long long area, const AreaTotals &fineTotals, bool withMembership )
{
  const std::size_t slot = slotOf( area );
  checkTotals( fineTotals, area, withMembership );
  requireKind( RecordKind::Totals, "addTotals()" );
  mTotals[slot].add( fineTotals );
  ++mMatched;
  if ( withMembership )
    ++mMatchedWithMembership;
  changed();
}

void AreaAggregationSession::addUnmatchedTotals( const AreaTotals &fineTotals )
{
  checkTotals( fineTotals, -1, false );
  requireKind( RecordKind::Totals, "addUnmatchedTotals()" );
  ++mUnmatched;
  mUnmatchedHouseholds += fineTotals.households;
}

void AreaAggregationSession::merge( const AreaAggregationSession &other )
{
  if ( other.mTotals.size() != mTotals.size() )
    throw AggregationError( AggregationError::Reason::MergeMismatch, "Cannot merge an aggregation of " + std::to_string( other.mTotals.size() ) + " areas into one of " + std::to_string( mTotals.size() ) + ".", -1, 0, static_cast<long long>( other.mTotals.size() ), static_cast<long long>( mTotals.size() ) );
  if ( other.mKind != RecordKind::None )
    requireKind( other.mKind, "merge()" );
  for ( std::size_t area = 0; area < mTotals.size(); ++area )
    mTotals[area].add( other.mTotals[area] );
  mMatched += other.mMatched;
  mUnmatched += other.mUnmatched;
  mMultiple += other.mMultiple;
  mUnmatchedHouseholds += other.mUnmatchedHouseholds;
  mMatchedWithMembership += other.mMatchedWithMembership;
  changed();
}

const AreaTotals &AreaAggregationSession::totals( long long area ) const
{
  return mTotals[slotOf( area )];
}

const AreaTotals &AreaAggregationSession::allMatched() const
{
  if ( !mAllMatched )
  {
    AreaTotals sum;
    for ( const AreaTotals &areaTotals : mTotals )
      sum.add( areaTotals );
    mAllMatched = sum;
  }
  return *mAllMatched;
}

std::optional<double> AreaAggregationSession::overallShare() const
{
  return engine::overallShare( allMatched() );
}

AreaFigures AreaAggregationSession::figures( long long area, const AggregationSettings &settings ) const
{
  return areaFigures( totals( area ), overallShare(), settings );
}

long long AreaAggregationSession::suppressedAreas( const AggregationSettings &settings ) const
{
  const std::optional<double> share = overallShare();
  long long suppressed = 0;
  for ( const AreaTotals &areaTotals : mTotals )
  {
    if ( areaFigures( areaTotals, share, settings ).suppressed )
      ++suppressed;
  }
  return suppressed;
}

} // namespace targetgroup::engine
