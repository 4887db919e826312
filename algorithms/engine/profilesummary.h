#pragma once
// The per-category figures every profile output shows (table, HTML report):
// shares, index with interval, significance, quadrant. QGIS-free.

#include "engine/profile.h"
#include "engine/statistics.h"

#include <cmath>
#include <vector>

namespace targetgroup::engine
{

struct CategorySummary
{
  std::string fieldName;
  std::string label;
  long long seedCount = 0;
  double seedPercent = 0;
  long long baseCount = 0;
  double basePercent = 0;
  IndexWithInterval index;
  Quadrant quadrant = Quadrant::Other;
  bool usedForScoring = true;
  double likelihoodRatio = 1.0; //!< the shrunk ratio scoring uses
  //! The adjusted index (format version 2, scoring fields): the PU logistic
  //! model's odds ratio exp(coefficient) of the category against the field's
  //! average, other fields equal, with its 95% interval exp(coefficient ± 1.96 se).
  //! False for descriptive fields and profiles without the model (the figures are NaN then).
  bool hasAdjusted = false;
  double adjustedOddsRatio = NAN;
  double adjustedLow = NAN;
  double adjustedHigh = NAN;
};

//! One summary per category of the field, in the field's category order.
std::vector<CategorySummary> summarizeField( const Profile &profile, const ProfileField &field );

//! Every category of every field, fields in profile order.
std::vector<CategorySummary> summarizeProfile( const Profile &profile );

//! The summary with the widest index interval (high / low), for the small-seed warning.
const CategorySummary *widestInterval( const std::vector<CategorySummary> &summaries );

} // namespace targetgroup::engine
