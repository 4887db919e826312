#pragma once
// The target-group profile: what buildprofile writes and scorehouseholds reads.
// Aggregate counts only -- no household rows or identifiers ever enter it.
// QGIS-free: plain C++17.

#include <optional>
#include <string>
#include <vector>

namespace targetgroup::engine
{

//! Version of the profile's data model and of its JSON file (see metadata/profile-format.md).
//! Version 2 adds the PU logistic model and the self-assessment; version 1 files still load.
inline constexpr int kProfileFormatVersion = 2;
//! The oldest version a reader accepts.
inline constexpr int kOldestProfileFormatVersion = 1;

inline constexpr const char *kMissingCategory = "(missing)";
inline constexpr const char *kOtherCategory = "(other)";

/**
 * One household's value of one field, as the adapter read it: text for text
 * fields, number for numeric fields; both empty means NULL ("(missing)").
 */
struct FieldValue
{
  std::optional<std::string> text;
  std::optional<double> number;

  static FieldValue missing() { return {}; }
  static FieldValue ofText( std::string value ) { return { std::move( value ), std::nullopt }; }
  static FieldValue ofNumber( double value ) { return { std::nullopt, value }; }
  bool isMissing() const { return !text && !number; }
};

//! The category key of a number in a categorical numeric field: integers as
//! "3", other values with up to 15 significant digits ("2.5").
std::string numberKey( double value );

enum class FieldKind
{
  Categorical, //!< text, or a number field with few distinct values: one category per value
  Binned,      //!< a number field with many values: quantile bins of the base
};

//! Esri "game plan" quadrant of a category (see quadrantFor()).
enum class Quadrant
{
  Core,          //!< high index, high share of the seed
  Developmental, //!< high share of the seed, index below the threshold
  Niche,         //!< high index, low share of the seed
  Other,
};

const char *quadrantName( Quadrant quadrant );

//! One category (value, bin, "(missing)" or "(other)") of one profile field.
struct ProfileCategory
{
  std::string label;
  long long seedCount = 0;
  long long baseCount = 0;
  //! PU logistic model (format version 2, scoring fields): the log odds ratio
  //! of this category against the field's base-weighted average, other
  //! fields equal (the adjusted index is its exponential), and its standard error.
  double coefficient = 0;
  double coefficientError = 0;
};

//! How a score is computed from a household's categories (scoring.h).
enum class ScoringMethod
{
  //! s = sum over scoring fields of scoringWeight * log(shrunk likelihood ratio).
  ProfileLikelihood = 0,
  //! Similarity to the seed's centroid (Whize's "central profile"), scaled to a logit.
  CentralProfileSimilarity = 1,
  //! s = sum over scoring fields of the PU logistic coefficient (format version 2).
  PuLogistic = 2,
};

//! Stable name of a method in the profile file ("likelihood", "central_profile", "pu_logistic").
const char *scoringMethodName( ScoringMethod method );

//! How well scores rank held-out seed households among the unlabelled base (pulogistic.h).
struct RankingQuality
{
  //! Share of held-out seed households in the top 10% / 20% of the unlabelled base.
  double recallTop10 = 0;
  double recallTop20 = 0;
  //! Chance that a held-out seed household scores above a random unlabelled one.
  double auc = 0.5;
  long long heldOut = 0;
};

//! How many standard errors the PU logistic model must gain in held-out AUC to be recommended.
inline constexpr double kRecommendationZ = 2.0;

//! The k-fold self-assessment of buildprofile (format version 2).
struct ProfileSelfAssessment
{
  int folds = 0; //!< 0: not assessed
  RankingQuality likelihood;
  RankingQuality puLogistic;
  //! Standard error of the AUC difference PU logistic - likelihood, from the
  //! paired per-household AUC terms of the held-out seed households.
  double aucDifferenceError = 0;
  //! PU logistic when its held-out AUC exceeds the likelihood's by more than
  //! kRecommendationZ standard errors of the difference; the likelihood otherwise.
  ScoringMethod recommended = ScoringMethod::ProfileLikelihood;
};

//! The PU logistic model's settings and fit (format version 2).
struct ProfileLogisticModel
{
  bool present = false;
  //! Log odds of seed for a household average in every field, in the fitted sample.
  double intercept = 0;
  double l2 = 1.0;
  long long seedRows = 0;        //!< seed households fitted
  long long unlabelledRows = 0;  //!< unlabelled base households fitted (the sample)
  long long unlabelledTotal = 0; //!< unlabelled base households (the sample is drawn from these)
  int iterations = 0;
  bool converged = false;
};

//! A field of the profile with its categories.
struct ProfileField
{
  std::string name;
  FieldKind kind = FieldKind::Categorical;
  //! True when the source field is numeric (values arrive as numbers).
  bool numericSource = false;
  bool usedForScoring = true;
  //! Binned fields: the BINS-1 (or fewer, when quantiles coincide) inner edges,
  //! ascending. Bin i holds values v with edges[i-1] <= v < edges[i].
  std::vector<double> binEdges;
  //! Categorical fields: values that were merged into "(other)" because they
  //! had fewer than the minimum cell size. Scoring maps them to "(other)".
  std::vector<std::string> mergedIntoOther;
  std::vector<ProfileCategory> categories;
  //! Weight of this field in the combined score (1 = independent of the
  //! others; less when it is correlated with other scoring fields).
  double scoringWeight = 1.0;

  /**
   * Index into categories of the category a value falls in, or -1 when the
   * value is unseen (a categorical value the profile never met; it scores as
   * neutral). NULL maps to "(missing)" (or to "(other)" if that was merged);
   * values merged into "(other)" map to it.
   */
  int categoryOf( const FieldValue &value ) const;
  //! Index of the category with this exact label, or -1.
  int findCategory( const std::string &label ) const;
  //! Bin of a number in a binned field (0 .. binEdges.size()).
  int binOf( double value ) const;
  //! Label of the category a value falls in before merging: the text, the
  //! number key, the bin label or "(missing)".
  std::string rawLabelOf( const FieldValue &value ) const;
};

//! The whole profile.
struct Profile
{
  int formatVersion = kProfileFormatVersion;
  std::string seedExpression;
  std::string baseExpression; //!< empty: all households of the input
  long long seedCount = 0;
  long long baseCount = 0;
  int bins = 5;
  int minCell = 10;
  //! Prior strength k of shrunkLikelihoodRatio() used for scoring.
  double priorStrength = 10.0;
  std::vector<ProfileField> fields; //!< scoring fields first, then descriptive ones
  //! Format version 2: the PU logistic model (coefficients in the categories) and the self-assessment.
  ProfileLogisticModel logisticModel;
  ProfileSelfAssessment selfAssessment;

  const ProfileField *field( const std::string &name ) const;

  //! Shrunk likelihood ratio seed/base of a category (see shrunkLikelihoodRatio()).
  double likelihoodRatio( const ProfileField &field, int category ) const;
};

//! Label of bin i of a binned field, e.g. "< 20", "20 – 35", ">= 80".
std::string binLabel( const std::vector<double> &edges, int bin );

} // namespace targetgroup::engine

namespace targetgroup::engine
{

//! Index at or above which a category counts as over-represented in the game-plan quadrants.
inline constexpr double kQuadrantIndexThreshold = 110.0;

/**
 * Esri game-plan quadrant of a category: the index threshold is
 * kQuadrantIndexThreshold; the share threshold is the average share of a
 * category of that field, 100% / categoryCount. Core: index >= 110 and seed
 * share >= average; developmental: share >= average, index < 110; niche:
 * index >= 110, share < average; other: the rest.
 */
Quadrant quadrantFor( double index, double seedSharePercent, int categoryCount );

} // namespace targetgroup::engine
