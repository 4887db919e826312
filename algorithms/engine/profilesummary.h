#pragma once
// The per-category figures every profile output shows (table, HTML report):
// shares, index with interval, significance, quadrant. QGIS-free.

#include "engine/profile.h"
#include "engine/statistics.h"

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
};

//! One summary per category of the field, in the field's category order.
std::vector<CategorySummary> summarizeField( const Profile &profile, const ProfileField &field );

//! Every category of every field, fields in profile order.
std::vector<CategorySummary> summarizeProfile( const Profile &profile );

//! The summary with the widest index interval (high / low), for the small-seed warning.
const CategorySummary *widestInterval( const std::vector<CategorySummary> &summaries );

} // namespace targetgroup::engine
