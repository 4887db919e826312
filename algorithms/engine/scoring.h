#pragma once
// Scores a household against a profile: one number per household that works as
// a log-odds contribution (calibration.h turns it into a probability).
// QGIS-free: plain C++17.

#include "engine/profile.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace targetgroup::engine
{

//! A profile that cannot score (e.g. it has no scoring fields).
class ScoringError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

/**
 * Per scoring field, a table of contributions by category, so scoring a
 * household is one category lookup and one addition per field.
 *
 * ProfileLikelihood: contribution(f, c) = w_f * ln LR_f(c), with LR the shrunk
 * likelihood ratio of Profile::likelihoodRatio() and w_f the field's
 * scoringWeight (correlated fields share their weight).
 *
 * PuLogistic: contribution(f, c) = the category's coefficient of the PU
 * logistic model (pulogistic.h), centred on the field's base average; needs a
 * profile of format version 2 (ScoringError otherwise).
 *
 * CentralProfileSimilarity: the seed centroid is, per field, the vector of seed
 * shares r_f(c) = seed_c / seedTotal. The dot product of a household's one-hot
 * vector with the centroid is sum_f r_f(c_f): how typical of the seed the
 * household is, regardless of how common that is in the base (which is the
 * weakness of the approach). Centred per field on the base average
 * m_f = sum_c baseShare_f(c) * r_f(c), so an unseen value (contribution 0) is
 * neutral as in the default method, and multiplied by the slope
 * (mean_seed - mean_base) / variance_base of the centred similarity: the
 * logistic slope of a linear discriminant with equal variances. Means and
 * variance come from the profile's per-field counts; the variance treats the
 * fields as independent (the profile holds no joint counts).
 */
class HouseholdScorer
{
public:
  //! Throws ScoringError when the profile has no scoring field.
  HouseholdScorer( const Profile &profile, ScoringMethod method );

  //! The scoring fields, in the order score() expects their values.
  const std::vector<const ProfileField *> &fields() const { return mFields; }

  /**
   * The score of one household; values in fields() order. A value whose
   * category the profile never met contributes 0 (neutral); the positions of
   * those fields are appended to unseenFields when given.
   */
  double score( const std::vector<FieldValue> &values, std::vector<int> *unseenFields = nullptr ) const;

  //! Contribution of one category of scoring field `field` (index into fields()).
  double contribution( int field, int category ) const { return mContributions[field][category]; }

  //! CentralProfileSimilarity: the logit slope applied; ProfileLikelihood: 1.
  double slope() const { return mSlope; }

private:
  std::vector<const ProfileField *> mFields;
  std::vector<std::vector<double>> mContributions;
  double mSlope = 1.0;
};

} // namespace targetgroup::engine
