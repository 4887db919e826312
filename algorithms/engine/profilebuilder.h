#pragma once
// Builds a Profile from households streamed in two passes. Memory grows with
// the number of fields and categories (and, for numeric fields, with at most
// kMaxDistinctNumbers distinct values), never with the number of households.

#include "engine/profile.h"
#include "engine/statistics.h"

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace targetgroup::engine
{

/**
 * A profile that cannot be built. what() is an English message; reason(),
 * fieldName(), count() and limit() let the QGIS layer word it in the user's
 * language (the engine has no translation machinery).
 */
class ProfileError : public std::runtime_error
{
public:
  enum class Reason
  {
    InvalidSettings,      //!< BINS or MIN_CELL out of range
    EmptySeed,            //!< no seed household in the base
    SeedBelowMinimumCell, //!< count = seed households, limit = MIN_CELL
    TooManyCategories,    //!< fieldName, limit = maximum distinct text values
    InputChanged,         //!< count = second-pass households, limit = first-pass households
    Usage,                //!< a programming error (call order)
  };

  ProfileError( Reason reason, const std::string &message, std::string fieldName = std::string(), long long count = 0, long long limit = 0 )
      : std::runtime_error( message ), mReason( reason ), mFieldName( std::move( fieldName ) ), mCount( count ), mLimit( limit )
  {
  }
  Reason reason() const { return mReason; }
  const std::string &fieldName() const { return mFieldName; }
  long long count() const { return mCount; }
  long long limit() const { return mLimit; }

private:
  Reason mReason;
  std::string mFieldName;
  long long mCount = 0;
  long long mLimit = 0;
};

struct ProfileFieldSpec
{
  std::string name;
  bool numeric = false;       //!< values arrive as FieldValue::number
  bool usedForScoring = true; //!< false: descriptive (soft) characteristic
  //! Numeric fields: true for integer fields, which become categories when
  //! they have few distinct values; real-valued fields are always binned, so
  //! that a new decimal value falls into a bin instead of being unseen.
  bool integerValues = true;
};

struct ProfileSettings
{
  int bins = 5;
  int minCell = 10;
  //! A numeric field with at most this many distinct values is categorical.
  int maxNumericCategories = 12;
  //! A text field with more distinct values than this is rejected as an identifier.
  int maxTextCategories = 200;
  double priorStrength = kDefaultPriorStrength;
  std::string seedExpression;
  std::string baseExpression;
};

/**
 * Usage: for every household in the base, countFirstPass(); then
 * finishFirstPass(); then for every household in the base again,
 * countSecondPass(); then finish(). Households outside the base are not given
 * to the builder. isSeed marks seed households (which must be in the base).
 */
class ProfileBuilder
{
public:
  //! Above this many distinct values a numeric field's values are rounded to
  //! fewer significant digits for the quantiles (edges then approximate).
  static constexpr size_t kMaxDistinctNumbers = 65536;

  ProfileBuilder( std::vector<ProfileFieldSpec> fields, ProfileSettings settings );

  void countFirstPass( const std::vector<FieldValue> &values, bool isSeed );
  //! Decides each field's kind, categories and bin edges. Throws ProfileError.
  void finishFirstPass();
  void countSecondPass( const std::vector<FieldValue> &values, bool isSeed );
  //! Merges small cells, computes scoring weights. Throws ProfileError.
  Profile finish();

  long long seedCount() const { return mSeedCount; }
  long long baseCount() const { return mBaseCount; }

private:
  struct Counts
  {
    long long seed = 0;
    long long base = 0;
  };
  struct FieldState
  {
    ProfileFieldSpec spec;
    std::map<std::string, Counts> textCounts; //!< first pass, text fields
    std::map<double, Counts> numberCounts;    //!< first pass, numeric fields
    double numberRounding = 0;                //!< 0: exact values kept
    bool tooManyTexts = false;
    Counts missing;
    // decided by finishFirstPass():
    FieldKind kind = FieldKind::Categorical;
    std::vector<double> binEdges;
    std::vector<std::string> rawLabels; //!< pre-merge categories
    std::vector<Counts> rawCounts;      //!< per raw label
    int rawIndexOf( const FieldValue &value ) const;
  };

  void countNumber( FieldState &state, double value, bool isSeed );

  std::vector<FieldState> mFields;
  ProfileSettings mSettings;
  long long mSeedCount = 0;
  long long mBaseCount = 0;
  long long mSecondPassCount = 0;
  bool mFirstPassFinished = false;
  //! Pairwise joint base counts of raw categories of scoring fields,
  //! indexed [pair][rawA * rawCountB + rawB], pairs (a < b) in row order.
  std::vector<std::vector<long long>> mJointCounts;
  std::vector<int> mScoringFieldIndexes;
};

} // namespace targetgroup::engine
