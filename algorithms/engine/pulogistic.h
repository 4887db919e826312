#pragma once
// The PU logistic model (scoring method 2): an L2-regularised logistic
// regression of "seed" against "rest of the base" on one-hot categories of the
// profile's scoring fields, and the k-fold self-assessment that compares it
// with the likelihood method on held-out seed households.
//
// The seed is positive-unlabelled data: seed households are known members of
// the target group, the rest of the base is unlabelled (it holds target
// households that never became seed). A classifier of labelled against
// unlabelled ranks households as P(target | x) does, up to a constant
// (Elkan & Noto 2008), so only the intercept is off -- and scoring solves the
// intercept anyway (calibration.h).
//
// Households are held as compact category codes, one byte per scoring field,
// so memory grows with households only by that byte per field.
// QGIS-free: plain C++17.

#include "engine/profile.h"

#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace targetgroup::engine
{

//! A model that cannot be fitted (e.g. a field with more categories than a code holds).
class PuLogisticError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

/**
 * Base households as category codes of the profile's scoring fields, with
 * the seed flag. Every seed household is kept; of the other base households
 * (the unlabelled ones) at most maxUnlabelled are kept, a uniform random
 * sample drawn by reservoir sampling (Vitter's algorithm R) with a fixed
 * random seed, so the same input in the same order gives the same sample.
 * Sampling the unlabelled class shifts only the logistic intercept, which
 * scoring re-solves, so the ranking is unaffected apart from sampling noise.
 */
class CodedHouseholds
{
public:
  //! Code of a value whose category the profile never met (contributes 0).
  static constexpr std::uint8_t kUnseen = 255;
  //! Default cap on the unlabelled (non-seed) base households kept.
  static constexpr long long kDefaultMaxUnlabelled = 500000;
  //! Fixed seed of the sampling generator (std::mt19937_64).
  static constexpr std::uint64_t kSamplingSeed = 20240501;

  //! Throws PuLogisticError when a scoring field has more than 254 categories.
  explicit CodedHouseholds( const Profile &profile, long long maxUnlabelled = kDefaultMaxUnlabelled );

  //! Codes one base household (values in the order of the profile's scoring
  //! fields, as HouseholdScorer::fields()) and keeps it or samples it.
  void add( const std::vector<FieldValue> &values, bool isSeed );
  //! Keeps or samples a household already coded (codes.size() == fieldCount()).
  void addCodes( const std::vector<std::uint8_t> &codes, bool isSeed );

  int fieldCount() const { return static_cast<int>( mCategoryCounts.size() ); }
  //! Categories per scoring field.
  const std::vector<int> &categoryCounts() const { return mCategoryCounts; }
  //! Rows kept: all seed households and the sampled unlabelled ones.
  long long rows() const { return static_cast<long long>( mIsSeed.size() ); }
  const std::uint8_t *codes( long long row ) const { return mCodes.data() + row * mCategoryCounts.size(); }
  bool isSeed( long long row ) const { return mIsSeed[row] != 0; }
  long long seedRows() const { return mSeedRows; }
  //! Unlabelled base households offered, and kept in the sample.
  long long unlabelledSeen() const { return mUnlabelledSeen; }
  long long unlabelledKept() const { return rows() - mSeedRows; }

private:
  std::vector<int> mCategoryCounts;
  std::vector<const ProfileField *> mFields;
  long long mMaxUnlabelled;
  std::vector<std::uint8_t> mCodes;
  std::vector<std::uint8_t> mIsSeed;
  std::vector<long long> mUnlabelledRows; //!< rows holding unlabelled households, for replacement
  long long mSeedRows = 0;
  long long mUnlabelledSeen = 0;
  std::mt19937_64 mRandom{ kSamplingSeed };
  std::vector<std::uint8_t> mScratch;
};

struct PuLogisticOptions
{
  //! L2 penalty lambda / 2 * sum(beta^2) on every category coefficient (not
  //! the intercept): a normal prior with standard deviation 1 / sqrt(lambda)
  //! on each log odds ratio. 1 keeps large cells free and pulls small ones
  //! (a few seed households) towards 0.
  double l2 = 1.0;
  int maxIterations = 30;
  //! Converged when no coefficient moves by more than this in a Newton step.
  double tolerance = 1e-7;
  //! Threads that accumulate the gradient and Hessian (rows split evenly).
  int threads = 2;
};

/**
 * A fitted model. Coefficients are centred per field on the base-weighted
 * mean of the field (sum_c baseShare_c * coefficient_c = 0), so a category's
 * coefficient is its log odds ratio against the field's average household,
 * other fields equal, and an unseen value (contribution 0) is average.
 * intercept + sum of the household's coefficients is its log odds of being
 * seed in the fitted (sampled) data.
 */
struct PuLogisticFit
{
  double intercept = 0;
  std::vector<std::vector<double>> coefficients;   //!< per scoring field, per category
  std::vector<std::vector<double>> standardErrors; //!< as coefficients
  int iterations = 0;
  bool converged = false;
};

/**
 * Newton-Raphson (IRLS) on the penalised log likelihood of seed (1) against
 * the unlabelled rows (0). `baseShares` (per scoring field, per category) are
 * the centring weights (the profile's base shares). `excludeSeedRow`, when
 * given, marks seed rows left out (a fold of the self-assessment); `start`
 * is an optional earlier fit to start from. The standard errors are the
 * square roots of the diagonal of the inverse penalised Hessian (the
 * posterior covariance of the Gaussian-prior model), of the centred contrast.
 */
PuLogisticFit fitPuLogistic( const CodedHouseholds &data, const std::vector<std::vector<double>> &baseShares, const PuLogisticOptions &options = PuLogisticOptions(),
                             const std::vector<std::uint8_t> *excludeSeedRow = nullptr, const PuLogisticFit *start = nullptr );

//! The profile's base shares per scoring field and category (the centring weights).
std::vector<std::vector<double>> scoringBaseShares( const Profile &profile );

//! Puts a fit into the profile (coefficients and standard errors of its scoring fields) and sets formatVersion 2.
void storeLogisticModel( Profile &profile, const PuLogisticFit &fit, const PuLogisticOptions &options, const CodedHouseholds &data );

/**
 * Ranking quality of `heldOutScores` among `baseScores` (sorted ascending by
 * the function; both may be reordered).
 */
RankingQuality rankingQuality( std::vector<double> heldOutScores, std::vector<double> baseScores );

/**
 * k-fold self-assessment over the seed: the seed rows are split at random
 * (fixed seed) into k folds; for each fold both methods are fitted on the
 * other seed rows and the whole unlabelled base (the likelihood method from
 * the profile's counts minus the fold's, with the profile's field weights;
 * the PU logistic model refitted on the rows), and the fold's seed households
 * are ranked among the unlabelled base. Results are pooled over the folds.
 * The standard error of the AUC difference comes from the paired
 * per-household AUC terms (their spread over the held-out households); PU
 * logistic is recommended when it gains more than kRecommendationZ of them.
 */
ProfileSelfAssessment assessBySeedFolds( const Profile &profile, const CodedHouseholds &data, int folds = 5, const PuLogisticOptions &options = PuLogisticOptions(), const PuLogisticFit *fullFit = nullptr );

} // namespace targetgroup::engine
