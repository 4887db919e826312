#include "engine/scoringsession.h"

#include <cmath>

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

std::string groupName( int group )
{
  return group == ScoringSession::kOutsideEveryGroup ? std::string( "households outside every calibration group" ) : "calibration group " + std::to_string( group );
}

} // namespace

ScoringSession::ScoringSession( Profile profile, ScoringMethod method, double prevalence )
    : ScoringSession( std::move( profile ), method, std::vector<double>(), prevalence )
{
  mReferenceSizeFromExpected = false;
}

ScoringSession::ScoringSession( Profile profile, ScoringMethod method, std::vector<double> groupPrevalences, double fallbackPrevalence )
    : mProfile( std::move( profile ) ), mScorer( scorerFor( mProfile, method ) ), mGroupPrevalences( std::move( groupPrevalences ) ), mFallbackPrevalence( fallbackPrevalence ), mReferenceSizeFromExpected( true )
{
  for ( int group = kOutsideEveryGroup; group < groupCount(); ++group )
  {
    const double value = this->prevalence( group );
    if ( !( value >= 0.0 && value <= 1.0 ) )
      throw ScoringSessionError( ScoringSessionError::Reason::InvalidPrevalence, ( mGroupPrevalences.empty() ? std::string( "The prevalence" ) : "The prevalence of " + groupName( group ) ) + " is " + std::to_string( value ) + "; it must be a share between 0 and 1.", group, value );
  }
  mHistograms.resize( mGroupPrevalences.size() + 1 );
  mHouseholdsPerGroup.assign( mHistograms.size(), 0 );
  mScoredPerGroup.assign( mHistograms.size(), 0 );
}

std::size_t ScoringSession::slotOf( int group ) const
{
  if ( group == kOutsideEveryGroup )
    return mGroupPrevalences.size();
  if ( group < 0 || group >= groupCount() )
    throw ScoringSessionError( ScoringSessionError::Reason::UnknownGroup, "Calibration group " + std::to_string( group ) + " does not exist: there are " + std::to_string( groupCount() ) + " groups (and " + std::to_string( kOutsideEveryGroup ) + " for households outside every group).", group, 0, group, groupCount() );
  return static_cast<std::size_t>( group );
}

double ScoringSession::prevalence( int group ) const
{
  const std::size_t slot = slotOf( group );
  return slot < mGroupPrevalences.size() ? mGroupPrevalences[slot] : mFallbackPrevalence;
}

long long ScoringSession::householdsInGroup( int group ) const
{
  return mHouseholdsPerGroup[slotOf( group )];
}

double ScoringSession::addHousehold( const std::vector<FieldValue> &values, int group, std::vector<int> *unseenFields )
{
  if ( mStage != Stage::Counting )
    throw ScoringSessionError( ScoringSessionError::Reason::Usage, "ScoringSession::addHousehold() after finishCalibration(): the first pass is over." );
  const std::size_t slot = slotOf( group );
  std::vector<int> &unseen = unseenFields ? *unseenFields : mUnseenScratch;
  const std::size_t unseenBefore = unseen.size();
  const double score = mScorer.score( values, &unseen );
  mUnseenValues += static_cast<long long>( unseen.size() - unseenBefore );
  if ( !unseenFields )
    mUnseenScratch.clear();
  mHistograms[slot].add( score );
  ++mHouseholdsPerGroup[slot];
  ++mHouseholds;
  return score;
}

void ScoringSession::finishCalibration()
{
  if ( mStage != Stage::Counting )
    throw ScoringSessionError( ScoringSessionError::Reason::Usage, "ScoringSession::finishCalibration() called twice." );
  // Groups in order, the fallback last: the order of the sum is part of the
  // result (EXPECTED_TOTAL and the mean probability to the last bit).
  RunCalibration run = calibrateRun( std::move( mHistograms ), mGroupPrevalences, mFallbackPrevalence, mSlopeCalibration, mReferenceSizeFromExpected, mHouseholds );
  mSlopeFit = run.slopeFit;
  mCalibrations = std::move( run.groups );
  mExpectedTotal = run.expectedTotal;
  mMeanProbability = run.meanProbability;
  mReferenceSize = run.referenceSize;
  mReferenceCut = run.referenceCut;
  mReferenceSelector.emplace( mReferenceCut );
  // Pass 2 needs only the calibrations and the cut.
  mHistograms = std::vector<ScoreHistogram>();
  mStage = Stage::Scoring;
}

void ScoringSession::requireCalibrated( const char *what ) const
{
  if ( mStage == Stage::Counting )
    throw ScoringSessionError( ScoringSessionError::Reason::Usage, std::string( "ScoringSession::" ) + what + " before finishCalibration(): scoring needs its calibration pass over all households first." );
}

double ScoringSession::expectedTotal() const
{
  requireCalibrated( "expectedTotal()" );
  return mExpectedTotal;
}

double ScoringSession::meanProbability() const
{
  requireCalibrated( "meanProbability()" );
  return mMeanProbability;
}

long long ScoringSession::referenceSize() const
{
  requireCalibrated( "referenceSize()" );
  return mReferenceSize;
}

const ReferenceCut &ScoringSession::referenceCut() const
{
  requireCalibrated( "referenceCut()" );
  return mReferenceCut;
}

const GroupCalibration &ScoringSession::calibration( int group ) const
{
  requireCalibrated( "calibration()" );
  return mCalibrations[slotOf( group )];
}

ScoredHousehold ScoringSession::scoreHousehold( const std::vector<FieldValue> &values, int group )
{
  requireCalibrated( "scoreHousehold()" );
  if ( mStage == Stage::Finished )
    throw ScoringSessionError( ScoringSessionError::Reason::Usage, "ScoringSession::scoreHousehold() after finishScoring()." );
  const std::size_t slot = slotOf( group );
  if ( mScoredPerGroup[slot] >= mHouseholdsPerGroup[slot] )
    throw ScoringSessionError( ScoringSessionError::Reason::InputChanged, "The input changed between the two passes: the second pass has more households (" + groupName( group ) + ": " + std::to_string( mScoredPerGroup[slot] + 1 ) + ") than the first (" + std::to_string( mHouseholdsPerGroup[slot] ) + "). Do not edit the layer while it is scored.", group, 0, mScoredPerGroup[slot] + 1, mHouseholdsPerGroup[slot] );
  ++mScoredPerGroup[slot];
  ++mScoredHouseholds;

  ScoredHousehold scored;
  // As the histograms: the score's bin, multiplied by the slope and binned again.
  const long long bin = calibratedBin( scoreBin( mScorer.score( values ) ), mSlopeFit.slope );
  scored.probability = mCalibrations[slot].probability( bin );
  scored.inReferenceGroup = mReferenceSelector->take( scored.probability );
  scored.index = mMeanProbability > 0 ? 100.0 * scored.probability / mMeanProbability : 100.0;
  mWrittenExpectedTotal += scored.probability;
  mReferenceCount += scored.inReferenceGroup ? 1 : 0;
  return scored;
}

void ScoringSession::finishScoring()
{
  requireCalibrated( "finishScoring()" );
  if ( mStage == Stage::Finished )
    throw ScoringSessionError( ScoringSessionError::Reason::Usage, "ScoringSession::finishScoring() called twice." );
  // No group has more households than in pass 1 (scoreHousehold() checks), so
  // equal totals mean equal groups.
  if ( mScoredHouseholds != mHouseholds )
    throw ScoringSessionError( ScoringSessionError::Reason::InputChanged, "The input changed between the two passes: the second pass read " + std::to_string( mScoredHouseholds ) + " households, the first " + std::to_string( mHouseholds ) + ". Do not edit the layer while it is scored.", kEveryGroup, 0, mScoredHouseholds, mHouseholds );
  mStage = Stage::Finished;
}

} // namespace targetgroup::engine
