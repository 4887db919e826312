#pragma once
// Scores households in two streaming passes, as targetgroup:scorehouseholds
// does: pass 1 scores every household into a histogram of its calibration
// group; finishCalibration() calibrates each group to its prevalence and cuts
// the reference group; pass 2 gives every household, read in the same order,
// its probability, index and reference-group membership. Memory grows with the
// number of groups and the range of the scores, never with the households.
// QGIS-free: plain C++17.

#include "engine/calibration.h"
#include "engine/profile.h"
#include "engine/scoring.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace targetgroup::engine
{

/**
 * Scoring that cannot go on. what() is an English message; reason(), group(),
 * value(), count() and limit() let the QGIS layer word it in the user's
 * language (the engine has no translation machinery).
 */
class ScoringSessionError : public std::runtime_error
{
public:
  enum class Reason
  {
    ProfileCannotScore, //!< no scoring field, or no seed or base households (what() says which)
    InvalidPrevalence,  //!< group (kOutsideEveryGroup: the fallback), value = the prevalence, not in [0, 1]
    UnknownGroup,       //!< count = the group given, limit = groupCount()
    InputChanged,       //!< group (kEveryGroup: all households), count = second-pass households, limit = first-pass households
    Usage,              //!< a programming error (call order)
  };

  ScoringSessionError( Reason reason, const std::string &message, int group = -1, double value = 0, long long count = 0, long long limit = 0 )
      : std::runtime_error( message ), mReason( reason ), mGroup( group ), mValue( value ), mCount( count ), mLimit( limit )
  {
  }
  Reason reason() const { return mReason; }
  int group() const { return mGroup; }
  double value() const { return mValue; }
  long long count() const { return mCount; }
  long long limit() const { return mLimit; }

private:
  Reason mReason;
  int mGroup = -1;
  double mValue = 0;
  long long mCount = 0;
  long long mLimit = 0;
};

//! What pass 2 gives one household.
struct ScoredHousehold
{
  double probability = 0;        //!< tg_prob
  double index = 100;            //!< tg_index: 100 x probability / the mean probability
  bool inReferenceGroup = false; //!< tg_ref
};

/**
 * One scoring run. Calibration groups are numbered 0 .. groupCount() - 1
 * (e.g. the prevalence areas in ascending feature id); a household in no group
 * is given kOutsideEveryGroup (as AreaLocator::Match::area says) and is
 * calibrated with the fallback prevalence.
 *
 * Usage: for every household, addHousehold(); then finishCalibration(); then
 * for every household again, in the same order, scoreHousehold(); then
 * finishScoring(). The reference group holds the referenceSize() households
 * with the highest probability; of those with equal probability at the
 * cut-off, the ones read first. Pass 2 must therefore read the households in
 * the order of pass 1; finishScoring() and scoreHousehold() throw InputChanged
 * when the households of a group differ in number between the passes.
 */
class ScoringSession
{
public:
  static constexpr int kOutsideEveryGroup = -1;
  //! ScoringSessionError::group() of an InputChanged over all households.
  static constexpr int kEveryGroup = -2;

  /**
   * One prevalence for every household (no calibration groups). The
   * reference group has round(prevalence x N) households.
   */
  ScoringSession( Profile profile, ScoringMethod method, double prevalence );

  /**
   * One prevalence per calibration group (PREVALENCE_AREAS) and the fallback
   * prevalence for households outside every group. Each group is calibrated
   * on its own; the reference group has round(sum of expected) households,
   * which is what the area estimates imply (also when groupPrevalences is
   * empty).
   */
  ScoringSession( Profile profile, ScoringMethod method, std::vector<double> groupPrevalences, double fallbackPrevalence );

  // The scorer points into the session's own profile.
  ScoringSession( const ScoringSession & ) = delete;
  ScoringSession &operator=( const ScoringSession & ) = delete;

  //! The scoring fields, in the order addHousehold() and scoreHousehold() expect their values.
  const std::vector<const ProfileField *> &fields() const { return mScorer.fields(); }
  int groupCount() const { return static_cast<int>( mGroupPrevalences.size() ); }
  //! The prevalence a group is calibrated to (kOutsideEveryGroup: the fallback).
  double prevalence( int group ) const;

  /**
   * Slope calibration (calibration.h, fitCalibrationSlope()): with at least
   * two calibration groups whose prevalences differ, finishCalibration() fits
   * the slope s of tg_prob = logistic(b_g + s x score) from the groups (the
   * fallback group outside every area does not take part, but is scored with
   * s too); each group's intercept b_g is still solved exactly. Off by
   * default; call before finishCalibration().
   */
  void setSlopeCalibration( bool enabled ) { mSlopeCalibration = enabled; }
  //! The slope fit (slope 1 when slope calibration is off or had nothing to estimate from).
  const SlopeFit &slopeFit() const { return mSlopeFit; }

  // --- pass 1 ------------------------------------------------------------------

  /**
   * Scores a household (values in fields() order) into its group's histogram
   * and returns its score. The positions of fields whose value the profile
   * never met (scored neutral) are appended to unseenFields when given; they
   * are counted in unseenValues() either way.
   */
  double addHousehold( const std::vector<FieldValue> &values, int group, std::vector<int> *unseenFields = nullptr );

  //! Households of pass 1: all, of one group (kOutsideEveryGroup: outside every group).
  long long households() const { return mHouseholds; }
  long long householdsInGroup( int group ) const;
  long long householdsOutsideEveryGroup() const { return householdsInGroup( kOutsideEveryGroup ); }
  //! Field values of pass 1 that the profile never met.
  long long unseenValues() const { return mUnseenValues; }

  /**
   * Calibrates every group (groups in order, the fallback last), sums their
   * expected counts, sizes and cuts the reference group. Throws Usage when
   * called twice.
   */
  void finishCalibration();

  //! Sum of the calibrated probabilities over pass 1 (the calibration target, to about 1e-9).
  double expectedTotal() const;
  //! expectedTotal() / households(), or 0 without households.
  double meanProbability() const;
  long long referenceSize() const;
  const ReferenceCut &referenceCut() const;
  const GroupCalibration &calibration( int group ) const;

  // --- pass 2 ------------------------------------------------------------------

  //! The next household in pass-1 order: its probability, index and reference-group membership.
  ScoredHousehold scoreHousehold( const std::vector<FieldValue> &values, int group );

  //! Checks that pass 2 read as many households as pass 1 (InputChanged otherwise).
  void finishScoring();

  //! Sum of the probabilities written in pass 2, in reading order (EXPECTED_TOTAL).
  double writtenExpectedTotal() const { return mWrittenExpectedTotal; }
  //! Households pass 2 put in the reference group (REFERENCE_COUNT).
  long long referenceCount() const { return mReferenceCount; }
  long long scoredHouseholds() const { return mScoredHouseholds; }

private:
  enum class Stage
  {
    Counting,
    Scoring,
    Finished,
  };

  //! Position of a group in mHistograms (the fallback last); throws UnknownGroup.
  std::size_t slotOf( int group ) const;
  void requireCalibrated( const char *what ) const;

  Profile mProfile; // before mScorer, which points into it
  HouseholdScorer mScorer;
  std::vector<double> mGroupPrevalences;
  double mFallbackPrevalence = 0;
  bool mReferenceSizeFromExpected = false;
  bool mSlopeCalibration = false;
  SlopeFit mSlopeFit;

  Stage mStage = Stage::Counting;
  std::vector<ScoreHistogram> mHistograms;    //!< per group, the fallback last; released after calibration
  std::vector<long long> mHouseholdsPerGroup; //!< as mHistograms, kept
  long long mHouseholds = 0;
  long long mUnseenValues = 0;
  std::vector<int> mUnseenScratch;

  std::vector<GroupCalibration> mCalibrations; //!< as mHistograms
  double mExpectedTotal = 0;
  double mMeanProbability = 0;
  long long mReferenceSize = 0;
  ReferenceCut mReferenceCut;
  std::optional<ReferenceSelector> mReferenceSelector;

  std::vector<long long> mScoredPerGroup; //!< as mHistograms
  long long mScoredHouseholds = 0;
  double mWrittenExpectedTotal = 0;
  long long mReferenceCount = 0;
};

} // namespace targetgroup::engine
