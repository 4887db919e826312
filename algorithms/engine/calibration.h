#pragma once
// Calibration of household scores into probabilities that add up to a known
// prevalence, and the choice of the reference group. Works on histograms of
// scores rounded to kScoreResolution, so memory grows with the range of the
// scores, never with the number of households.
// QGIS-free: plain C++17.

#include <map>
#include <stdexcept>
#include <vector>

namespace targetgroup::engine
{

//! Scores are rounded to this step before calibration (and for tg_prob), so a
//! household's probability depends only on its histogram bin.
inline constexpr double kScoreResolution = 1e-4;

//! Bin of a score: round( score / kScoreResolution ), half away from zero.
long long scoreBin( double score );
//! The rounded score of a bin.
double binScore( long long bin );

//! 1 / (1 + exp(-x)), without overflow for large |x|.
double logistic( double x );

//! Households per score bin of one calibration group.
class ScoreHistogram
{
public:
  void add( double score ) { addBin( scoreBin( score ), 1 ); }
  void addBin( long long bin, long long households );
  long long households() const { return mHouseholds; }
  const std::map<long long, long long> &bins() const { return mBins; }

private:
  std::map<long long, long long> mBins;
  long long mHouseholds = 0;
};

//! Probability of a household of a group as a function of its score bin.
struct GroupCalibration
{
  enum class Kind
  {
    Logistic, //!< p = logistic( intercept + binScore( bin ) )
    AllZero,  //!< prevalence 0: every p is exactly 0
    AllOne,   //!< prevalence 1: every p is exactly 1
  };
  Kind kind = Kind::Logistic;
  double intercept = 0;
  double prevalence = 0;

  double probability( long long bin ) const;
  //! Sum of probability() over the histogram's households.
  double expectedCount( const ScoreHistogram &histogram ) const;
};

/**
 * Solves the intercept b of a group so that sum_i logistic(b + s_i) equals
 * prevalence * households (relative error below 1e-9; the sum is strictly
 * increasing in b, so the root is unique; safeguarded Newton in a bracket that
 * provably holds it). Prevalence 0 and 1 are exact (AllZero, AllOne); an empty
 * group gets intercept logit(prevalence). Throws std::invalid_argument when
 * prevalence is outside [0, 1] or not a number.
 */
GroupCalibration calibrateGroup( const ScoreHistogram &histogram, double prevalence );

//! The histogram of slope x score: every bin's score multiplied and re-binned.
ScoreHistogram scaledHistogram( const ScoreHistogram &histogram, double slope );

//! The slope of slope calibration and what it leaves to the per-group intercepts.
struct SlopeFit
{
  double slope = 1.0;
  //! The households-weighted mean of the groups' intercepts at this slope (a in logistic(a + s x score)).
  double commonIntercept = 0;
  //! Households-weighted standard deviation of the groups' intercepts around it: at slope 1, and at the fitted slope.
  double interceptSpreadAtOne = 0;
  double interceptSpread = 0;
  //! Groups that took part (a prevalence strictly between 0 and 1, and households).
  int groups = 0;
};

inline constexpr double kMinimumSlope = 0.25;
inline constexpr double kMaximumSlope = 4.0;

/**
 * Slope calibration from area estimates: tg_prob = logistic(b_g + s x score),
 * with b_g each group's intercept solved exactly (calibrateGroup() on the
 * scaled scores), so every group's total still matches its estimate. The slope
 * s is the one that leaves the least for the per-group intercepts to do: it
 * minimises the households-weighted variance of b_g around their mean a
 * (least squares on the per-area intercept corrections b_g - a), i.e. the
 * common model logistic(a + s x score) explains the differences between the
 * areas' estimates as far as the scores can. Searched on a grid of ln s over
 * [kMinimumSlope, kMaximumSlope] (steps of 2^(1/8)), refined by golden section.
 * With fewer than two usable groups, or groups that all have the same
 * intercept at slope 1, s = 1 (nothing to estimate it from).
 */
SlopeFit fitCalibrationSlope( const std::vector<ScoreHistogram> &groups, const std::vector<double> &prevalences );

/**
 * Where the reference group is cut: households with a probability above
 * thresholdProbability belong to it, and of those exactly at the threshold the
 * first takeAtThreshold in reading order.
 */
struct ReferenceCut
{
  long long size = 0;
  double thresholdProbability = 2.0; //!< above any probability: nobody
  long long takeAtThreshold = 0;
};

/**
 * The cut for the `size` households with the highest probability over all
 * groups (groups[g] calibrated by calibrations[g]). Households with equal
 * probability at the cut-off are taken in reading order.
 */
ReferenceCut findReferenceCut( const std::vector<ScoreHistogram> &groups, const std::vector<GroupCalibration> &calibrations, long long size );

//! A score bin as slope calibration scores it: the bin's score times the slope, binned again.
long long calibratedBin( long long bin, double slope );

//! What calibration decides for a whole run (ScoringSession and FusedAreaScoring alike).
struct RunCalibration
{
  SlopeFit slopeFit;                    //!< slope 1 without slope calibration
  std::vector<GroupCalibration> groups; //!< per group, the fallback last (as the histograms)
  double expectedTotal = 0;             //!< sum over the groups of their expected counts
  double meanProbability = 0;           //!< expectedTotal / households, or 0 without households
  long long referenceSize = 0;
  ReferenceCut referenceCut;
};

/**
 * Calibrates a run from its group histograms (the groups with
 * groupPrevalences in order, then the fallback group with fallbackPrevalence):
 * the slope first (with slopeCalibration and at least two groups; the
 * histograms are then scaled by it), then each group's intercept, the expected
 * total summed in group order (the order is part of the result, to the last
 * bit), and the reference group: round(expected total) households when
 * referenceSizeFromExpected, else round(fallbackPrevalence x households).
 */
RunCalibration calibrateRun( std::vector<ScoreHistogram> histograms, const std::vector<double> &groupPrevalences, double fallbackPrevalence,
                             bool slopeCalibration, bool referenceSizeFromExpected, long long households );

//! Applies a ReferenceCut to households in reading order.
class ReferenceSelector
{
public:
  explicit ReferenceSelector( const ReferenceCut &cut )
      : mCut( cut )
  {
  }
  //! True when the next household (in reading order) with this probability is in the reference group.
  bool take( double probability )
  {
    if ( probability > mCut.thresholdProbability )
      return true;
    if ( probability == mCut.thresholdProbability && mTakenAtThreshold < mCut.takeAtThreshold )
    {
      ++mTakenAtThreshold;
      return true;
    }
    return false;
  }

private:
  ReferenceCut mCut;
  long long mTakenAtThreshold = 0;
};

} // namespace targetgroup::engine
