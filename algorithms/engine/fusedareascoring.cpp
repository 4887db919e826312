#include "engine/fusedareascoring.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace targetgroup::engine
{

namespace
{

HouseholdScorer scorerFor( const Profile &profile, ScoringMethod method )
{
  try
  {
    return HouseholdScorer( profile, method );
  }
  catch ( const ScoringError &error )
  {
    throw ScoringSessionError( ScoringSessionError::Reason::ProfileCannotScore, std::string( "The profile cannot score households: " ) + error.what() + "." );
  }
}

ScoringSessionError usage( const std::string &message )
{
  return ScoringSessionError( ScoringSessionError::Reason::Usage, "FusedAreaScoring::" + message );
}

} // namespace

FusedAreaScoring::FusedAreaScoring( Profile profile, ScoringMethod method, double prevalence, std::size_t areaCount )
    : FusedAreaScoring( std::move( profile ), method, std::vector<double>(), prevalence, areaCount )
{
  mReferenceSizeFromExpected = false;
}

FusedAreaScoring::FusedAreaScoring( Profile profile, ScoringMethod method, std::vector<double> groupPrevalences, double fallbackPrevalence, std::size_t areaCount )
    : mProfile( std::move( profile ) ), mScorer( scorerFor( mProfile, method ) ), mGroupPrevalences( std::move( groupPrevalences ) ), mFallbackPrevalence( fallbackPrevalence ), mReferenceSizeFromExpected( true ), mAreaCount( areaCount )
{
  if ( areaCount >= std::numeric_limits<std::uint32_t>::max() )
    throw AggregationError( AggregationError::Reason::AreaOutOfRange, "FusedAreaScoring takes fewer than 2^32 - 1 areas.", -1, 0, static_cast<long long>( areaCount ) );
  for ( std::size_t slot = 0; slot <= mGroupPrevalences.size(); ++slot )
  {
    const double value = slot < mGroupPrevalences.size() ? mGroupPrevalences[slot] : mFallbackPrevalence;
    if ( !( value >= 0.0 && value <= 1.0 ) )
    {
      const int group = slot < mGroupPrevalences.size() ? static_cast<int>( slot ) : ScoringSession::kOutsideEveryGroup;
      throw ScoringSessionError( ScoringSessionError::Reason::InvalidPrevalence, "The prevalence " + std::to_string( value ) + " is not a share between 0 and 1.", group, value );
    }
  }
  mHouseholdsPerGroup.assign( mGroupPrevalences.size() + 1, 0 );
}

std::size_t FusedAreaScoring::slotOf( int group ) const
{
  if ( group == ScoringSession::kOutsideEveryGroup )
    return mGroupPrevalences.size();
  if ( group < 0 || group >= groupCount() )
    throw ScoringSessionError( ScoringSessionError::Reason::UnknownGroup, "Calibration group " + std::to_string( group ) + " does not exist: there are " + std::to_string( groupCount() ) + " groups.", group, 0, group, groupCount() );
  return static_cast<std::size_t>( group );
}

std::uint32_t FusedAreaScoring::areaSlotOf( long long area ) const
{
  if ( area == kUnmatched )
    return static_cast<std::uint32_t>( mAreaCount );
  if ( area < 0 || static_cast<unsigned long long>( area ) >= mAreaCount )
    throw AggregationError( AggregationError::Reason::AreaOutOfRange, "Area " + std::to_string( area ) + " does not exist: the session has " + std::to_string( mAreaCount ) + " areas.", area, 0, area, static_cast<long long>( mAreaCount ) );
  return static_cast<std::uint32_t>( area );
}

void FusedAreaScoring::requireStage( Stage stage, const char *what ) const
{
  if ( mStage != stage )
    throw usage( std::string( what ) + " called out of order (see the usage in fusedareascoring.h)." );
}

void FusedAreaScoring::requireResults( const char *what ) const
{
  if ( mStage != Stage::Finished )
    throw usage( std::string( what ) + " before the results are known: call finish() (and the tie pass when needsTiePass())." );
}

double FusedAreaScoring::addHousehold( const std::vector<FieldValue> &values, int group, long long area, bool member, bool inSeveralAreas, std::vector<int> *unseenFields )
{
  requireStage( Stage::Reading, "addHousehold()" );
  std::vector<int> &unseen = unseenFields ? *unseenFields : mUnseenScratch;
  const std::size_t unseenBefore = unseen.size();
  const double score = mScorer.score( values, &unseen );
  const long long unseenHere = static_cast<long long>( unseen.size() - unseenBefore );
  if ( !unseenFields )
    mUnseenScratch.clear();
  addScore( score, group, area, member, inSeveralAreas );
  mUnseenValues += unseenHere;
  return score;
}

void FusedAreaScoring::appendRun( Bin &bin, const Run &run )
{
  bin.households += run.households;
  if ( !bin.runs.empty() && bin.runs.back().area == run.area )
  {
    Run &last = bin.runs.back();
    last.households += run.households;
    last.members += run.members;
    last.last = run.last;
    return;
  }
  bin.runs.push_back( run );
}

void FusedAreaScoring::addScore( double score, int group, long long area, bool member, bool inSeveralAreas )
{
  requireStage( Stage::Reading, "addScore()" );
  // Check both before changing anything.
  const std::size_t slot = slotOf( group );
  const std::uint32_t areaSlot = areaSlotOf( area );
  const BinKey key{ slot, scoreBin( score ) };
  auto found = mBinIndex.find( key );
  if ( found == mBinIndex.end() )
  {
    found = mBinIndex.emplace( key, mBins.size() ).first;
    Bin bin;
    bin.slot = slot;
    bin.bin = key.bin;
    mBins.push_back( std::move( bin ) );
  }
  if ( mHouseholds >= static_cast<long long>( std::numeric_limits<std::uint32_t>::max() ) )
    throw usage( "addScore(): more than 2^32 - 1 households in one session." );
  const auto position = static_cast<std::uint32_t>( mHouseholds );
  appendRun( mBins[found->second], Run{ areaSlot, 1, member ? 1u : 0u, position, position } );
  ++mHouseholdsPerGroup[slot];
  ++mHouseholds;
  if ( area == kUnmatched )
    ++mUnmatched;
  else if ( inSeveralAreas )
    ++mMultiple;
}

void FusedAreaScoring::merge( const FusedAreaScoring &other )
{
  requireStage( Stage::Reading, "merge()" );
  if ( other.mStage != Stage::Reading )
    throw usage( "merge() of a finished session: merge before finish()." );
  if ( other.mAreaCount != mAreaCount || other.mGroupPrevalences != mGroupPrevalences || other.mFallbackPrevalence != mFallbackPrevalence || other.mReferenceSizeFromExpected != mReferenceSizeFromExpected )
    throw AggregationError( AggregationError::Reason::MergeMismatch, "Cannot merge fused scoring sessions of different areas or prevalences.", -1, 0, static_cast<long long>( other.mAreaCount ), static_cast<long long>( mAreaCount ) );
  if ( mHouseholds + other.mHouseholds >= static_cast<long long>( std::numeric_limits<std::uint32_t>::max() ) )
    throw usage( "merge(): more than 2^32 - 1 households in one session." );
  const auto offset = static_cast<std::uint32_t>( mHouseholds );
  for ( const Bin &otherBin : other.mBins )
  {
    const BinKey key{ otherBin.slot, otherBin.bin };
    auto found = mBinIndex.find( key );
    if ( found == mBinIndex.end() )
    {
      found = mBinIndex.emplace( key, mBins.size() ).first;
      Bin bin;
      bin.slot = otherBin.slot;
      bin.bin = otherBin.bin;
      mBins.push_back( std::move( bin ) );
    }
    Bin &bin = mBins[found->second];
    for ( Run run : otherBin.runs )
    {
      run.first += offset;
      run.last += offset;
      appendRun( bin, run );
    }
  }
  for ( std::size_t slot = 0; slot < mHouseholdsPerGroup.size(); ++slot )
    mHouseholdsPerGroup[slot] += other.mHouseholdsPerGroup[slot];
  mHouseholds += other.mHouseholds;
  mUnmatched += other.mUnmatched;
  mMultiple += other.mMultiple;
  mUnseenValues += other.mUnseenValues;
}

void FusedAreaScoring::finish()
{
  requireStage( Stage::Reading, "finish()" );
  // The group histograms of ScoringSession, bin for bin: the same intercepts
  // and the same reference cut, to the last bit.
  std::vector<ScoreHistogram> histograms( mGroupPrevalences.size() + 1 );
  for ( const Bin &bin : mBins )
    histograms[bin.slot].addBin( bin.bin, bin.households );
  RunCalibration run = calibrateRun( std::move( histograms ), mGroupPrevalences, mFallbackPrevalence, mSlopeCalibration, mReferenceSizeFromExpected, mHouseholds );
  mSlopeFit = run.slopeFit;
  mCalibrations = std::move( run.groups );
  mExpectedTotal = run.expectedTotal;
  mMeanProbability = run.meanProbability;
  mReferenceSize = run.referenceSize;
  mReferenceCut = run.referenceCut;

  // A canonical order of the bins (group, then bin), so that the sums per
  // area do not depend on the order the bins were first met (merged sessions
  // meet them in another order than one session).
  std::sort( mBins.begin(), mBins.end(), []( const Bin &a, const Bin &b )
             { return a.slot != b.slot ? a.slot < b.slot : a.bin < b.bin; } );
  mBinIndex.clear(); // not needed after the pass

  std::optional<std::vector<long long>> atThreshold = takeAtThresholdFromRuns();
  if ( !atThreshold )
  {
    mTieSelector.emplace( mReferenceCut );
    mTieTaken.assign( mAreaCount + 1, 0 );
    mTiePassHouseholds = 0;
    mStage = Stage::TiePass;
    return;
  }
  sumAreas( *atThreshold );
  mStage = Stage::Finished;
}

std::optional<std::vector<long long>> FusedAreaScoring::takeAtThresholdFromRuns() const
{
  std::vector<long long> taken( mAreaCount + 1, 0 );
  long long remaining = mReferenceCut.takeAtThreshold;
  if ( remaining <= 0 )
    return taken;
  std::vector<const Run *> runs;
  std::size_t binsAtThreshold = 0;
  for ( const Bin &bin : mBins )
  {
    if ( probabilityOf( bin ) != mReferenceCut.thresholdProbability )
      continue;
    ++binsAtThreshold;
    for ( const Run &run : bin.runs )
      runs.push_back( &run );
  }
  // One bin: its runs are in reading order and never overlap. Several: order
  // by first position; overlapping runs form a cluster, and a cut inside a
  // cluster of several areas cannot be placed without the positions.
  if ( binsAtThreshold > 1 )
    std::stable_sort( runs.begin(), runs.end(), []( const Run *a, const Run *b )
                      { return a->first < b->first; } );
  std::size_t begin = 0;
  while ( begin < runs.size() && remaining > 0 )
  {
    std::size_t end = begin + 1;
    std::uint32_t clusterLast = runs[begin]->last;
    long long clusterHouseholds = runs[begin]->households;
    bool oneArea = true;
    while ( end < runs.size() && runs[end]->first <= clusterLast )
    {
      clusterLast = std::max( clusterLast, runs[end]->last );
      clusterHouseholds += runs[end]->households;
      oneArea = oneArea && runs[end]->area == runs[begin]->area;
      ++end;
    }
    if ( remaining >= clusterHouseholds )
    {
      for ( std::size_t i = begin; i < end; ++i )
        taken[runs[i]->area] += runs[i]->households;
      remaining -= clusterHouseholds;
    }
    else if ( oneArea )
    {
      taken[runs[begin]->area] += remaining;
      remaining = 0;
    }
    else
    {
      return std::nullopt;
    }
    begin = end;
  }
  return taken;
}

void FusedAreaScoring::addTiePassScore( double score, int group, long long area )
{
  requireStage( Stage::TiePass, "addTiePassScore()" );
  const std::size_t slot = slotOf( group );
  const std::uint32_t areaSlot = areaSlotOf( area );
  ++mTiePassHouseholds;
  const double probability = mCalibrations[slot].probability( calibratedBin( scoreBin( score ) ) );
  if ( probability == mReferenceCut.thresholdProbability && mTieSelector->take( probability ) )
    ++mTieTaken[areaSlot];
}

void FusedAreaScoring::addTiePassHousehold( const std::vector<FieldValue> &values, int group, long long area )
{
  addTiePassScore( mScorer.score( values ), group, area );
}

void FusedAreaScoring::finishTiePass()
{
  requireStage( Stage::TiePass, "finishTiePass()" );
  if ( mTiePassHouseholds != mHouseholds )
    throw ScoringSessionError( ScoringSessionError::Reason::InputChanged, "The input changed between the two passes: the second pass read " + std::to_string( mTiePassHouseholds ) + " households, the first " + std::to_string( mHouseholds ) + ". Do not edit the layer while it is scored.", ScoringSession::kEveryGroup, 0, mTiePassHouseholds, mHouseholds );
  sumAreas( mTieTaken );
  mTieTaken = std::vector<long long>();
  mTieSelector.reset();
  mStage = Stage::Finished;
}

void FusedAreaScoring::sumAreas( const std::vector<long long> &referenceAtThreshold )
{
  mReferenceAtThreshold = referenceAtThreshold;
  mAreaTotals.assign( mAreaCount + 1, AreaTotals() );
  for ( const Bin &bin : mBins )
  {
    const double probability = probabilityOf( bin );
    const double spread = probability * ( 1.0 - probability );
    const bool aboveCut = probability > mReferenceCut.thresholdProbability;
    for ( const Run &run : bin.runs )
    {
      AreaTotals &totals = mAreaTotals[run.area];
      const double households = static_cast<double>( run.households );
      totals.households += run.households;
      totals.expected += households * probability;
      totals.variance += households * spread;
      totals.members += run.members;
      totals.memberExpected += static_cast<double>( run.members ) * probability;
      if ( aboveCut )
        totals.reference += run.households;
    }
  }
  mReferenceCount = 0;
  for ( std::size_t slot = 0; slot < mAreaTotals.size(); ++slot )
  {
    mAreaTotals[slot].reference += referenceAtThreshold[slot];
    mReferenceCount += mAreaTotals[slot].reference;
  }
  mAllMatched = AreaTotals();
  for ( std::size_t slot = 0; slot < mAreaCount; ++slot )
    mAllMatched.add( mAreaTotals[slot] );
}

long long FusedAreaScoring::householdsInGroup( int group ) const
{
  return mHouseholdsPerGroup[slotOf( group )];
}

double FusedAreaScoring::expectedTotal() const
{
  requireResults( "expectedTotal()" );
  return mExpectedTotal;
}

double FusedAreaScoring::meanProbability() const
{
  requireResults( "meanProbability()" );
  return mMeanProbability;
}

long long FusedAreaScoring::referenceSize() const
{
  requireResults( "referenceSize()" );
  return mReferenceSize;
}

const ReferenceCut &FusedAreaScoring::referenceCut() const
{
  requireResults( "referenceCut()" );
  return mReferenceCut;
}

const GroupCalibration &FusedAreaScoring::calibration( int group ) const
{
  requireResults( "calibration()" );
  return mCalibrations[slotOf( group )];
}

long long FusedAreaScoring::referenceCount() const
{
  requireResults( "referenceCount()" );
  return mReferenceCount;
}

const AreaTotals &FusedAreaScoring::totals( long long area ) const
{
  requireResults( "totals()" );
  if ( area == kUnmatched )
    throw AggregationError( AggregationError::Reason::AreaOutOfRange, "FusedAreaScoring::totals(): the unmatched households are in unmatchedTotals().", area );
  return mAreaTotals[areaSlotOf( area )];
}

const AreaTotals &FusedAreaScoring::unmatchedTotals() const
{
  requireResults( "unmatchedTotals()" );
  return mAreaTotals[mAreaCount];
}

const AreaTotals &FusedAreaScoring::allMatched() const
{
  requireResults( "allMatched()" );
  return mAllMatched;
}

std::optional<double> FusedAreaScoring::overallShare() const
{
  return engine::overallShare( allMatched() );
}

AreaFigures FusedAreaScoring::figures( long long area, const AggregationSettings &settings ) const
{
  return areaFigures( totals( area ), overallShare(), settings );
}

long long FusedAreaScoring::suppressedAreas( const AggregationSettings &settings ) const
{
  const std::optional<double> share = overallShare();
  long long suppressed = 0;
  for ( std::size_t slot = 0; slot < mAreaCount; ++slot )
  {
    if ( areaFigures( mAreaTotals[slot], share, settings ).suppressed )
      ++suppressed;
  }
  return suppressed;
}

AreaAggregationSession FusedAreaScoring::toAggregationSession() const
{
  requireResults( "toAggregationSession()" );
  AreaAggregationSession session( mAreaCount );
  std::vector<long long> atThresholdLeft = mReferenceAtThreshold;
  long long multipleLeft = mMultiple;
  for ( const Bin &bin : mBins )
  {
    const double probability = probabilityOf( bin );
    const bool aboveCut = probability > mReferenceCut.thresholdProbability;
    const bool atCut = probability == mReferenceCut.thresholdProbability;
    for ( const Run &run : bin.runs )
    {
      if ( run.area == mAreaCount )
      {
        for ( std::uint32_t i = 0; i < run.households; ++i )
          session.addUnmatched();
        continue;
      }
      for ( std::uint32_t i = 0; i < run.households; ++i )
      {
        bool reference = aboveCut;
        if ( atCut && atThresholdLeft[run.area] > 0 )
        {
          reference = true;
          --atThresholdLeft[run.area];
        }
        const bool several = multipleLeft > 0;
        multipleLeft -= several ? 1 : 0;
        session.addHousehold( run.area, probability, reference, i < run.members, several );
      }
    }
  }
  return session;
}

std::size_t FusedAreaScoring::runCount() const
{
  std::size_t runs = 0;
  for ( const Bin &bin : mBins )
    runs += bin.runs.size();
  return runs;
}

std::size_t FusedAreaScoring::memoryBytes() const
{
  std::size_t bytes = mBins.capacity() * sizeof( Bin );
  for ( const Bin &bin : mBins )
    bytes += bin.runs.capacity() * sizeof( Run );
  // unordered_map: a node (key, value, next pointer, cached hash) per bin and a bucket array
  bytes += mBinIndex.size() * ( sizeof( BinKey ) + sizeof( std::size_t ) + 2 * sizeof( void * ) ) + mBinIndex.bucket_count() * sizeof( void * );
  bytes += mAreaTotals.capacity() * sizeof( AreaTotals );
  return bytes;
}

} // namespace targetgroup::engine
