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
inline constexpr int kProfileFormatVersion = 1;

inline constexpr const char *kMissingCategory = "(missing)";
inline constexpr const char *kOtherCategory = "(other)";

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
    //! True when even "(other)" stays below the minimum cell size: its counts are
    //! withheld from every output and it scores as neutral.
    bool suppressed = false;
};

//! A field of the profile with its categories.
struct ProfileField
{
    std::string name;
    FieldKind kind = FieldKind::Categorical;
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

    //! Index of the category a value falls in, or -1 when the value is unseen
    //! (a categorical value the profile never met). Binned fields take the
    //! numeric value; categorical fields take the text key (see categoryKey()).
    int categoryOf( const std::optional<std::string> &textValue ) const;
    int binOf( std::optional<double> numericValue ) const;
    int findCategory( const std::string &label ) const;
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
    std::vector<ProfileField> fields; //!< scoring fields first, then descriptive ones

    const ProfileField *field( const std::string &name ) const;
};

//! Label of bin i of a binned field, e.g. "< 20", "20 – 35", ">= 80".
std::string binLabel( const std::vector<double> &edges, int bin );

} // namespace targetgroup::engine
