#pragma once
// targetgroup:aggregateareas -- one streaming pass over the scored households
// (or, with PROFILE, over unscored households, scored in the same pass by
// engine::FusedAreaScoring), each assigned to the area it lies in; per area the expected number of
// target-group households with a 95% interval, share, index and membership
// figures, with small-cell suppression.

#include "common/householdscoring.h"
#include "common/householdselection.h"
#include "common/memberfile.h"
#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingutils.h>

#include <memory>

namespace targetgroup
{

class AggregateAreasAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString INPUT = QStringLiteral( "INPUT" );
  static inline const QString AREAS = QStringLiteral( "AREAS" );
  static inline const QString PROB_FIELD = QStringLiteral( "PROB_FIELD" );
  static inline const QString REF_FIELD = QStringLiteral( "REF_FIELD" );
  static inline const QString MEMBER = QStringLiteral( "MEMBER" );
  static inline const QString MIN_COUNT = QStringLiteral( "MIN_COUNT" );
  // Fused mode: with PROFILE, INPUT is unscored and is scored in the same pass (common/householdscoring).
  static inline const QString PROFILE = scoringparameters::PROFILE;
  static inline const QString PREVALENCE = scoringparameters::PREVALENCE;
  static inline const QString METHOD = scoringparameters::METHOD;
  static inline const QString PREVALENCE_AREAS = scoringparameters::PREVALENCE_AREAS;
  static inline const QString PREVALENCE_FIELD = scoringparameters::PREVALENCE_FIELD;
  static inline const QString FIT_SLOPE = scoringparameters::FIT_SLOPE;
  static inline const QString OUTPUT = QStringLiteral( "OUTPUT" );
  static inline const QString UNMATCHED_OUTPUT = QStringLiteral( "UNMATCHED_OUTPUT" );
  // The member file, instead of MEMBER (common/memberfile).
  static inline const QString MEMBERS = memberparameters::MEMBERS;
  static inline const QString HOUSEHOLD_POSTCODE = memberparameters::HOUSEHOLD_POSTCODE;
  static inline const QString HOUSEHOLD_NUMBER = memberparameters::HOUSEHOLD_NUMBER;
  static inline const QString HOUSEHOLD_ADDITION = memberparameters::HOUSEHOLD_ADDITION;
  static inline const QString MEMBER_POSTCODE = memberparameters::MEMBER_POSTCODE;
  static inline const QString MEMBER_NUMBER = memberparameters::MEMBER_NUMBER;
  static inline const QString MEMBER_ADDITION = memberparameters::MEMBER_ADDITION;
  static inline const QString UNMATCHED_MEMBERS = QStringLiteral( "UNMATCHED_MEMBERS" );
  static inline const QString MEMBERS_READ = memberparameters::MEMBERS_READ;
  static inline const QString MEMBERS_MATCHED = memberparameters::MEMBERS_MATCHED;
  static inline const QString MEMBERS_UNMATCHED = memberparameters::MEMBERS_UNMATCHED;
  static inline const QString HOUSEHOLDS_WITH_MEMBERS = memberparameters::HOUSEHOLDS_WITH_MEMBERS;
  // Numeric results.
  static inline const QString MATCHED = QStringLiteral( "MATCHED" );
  static inline const QString UNMATCHED = QStringLiteral( "UNMATCHED" );
  static inline const QString MULTIPLE = QStringLiteral( "MULTIPLE" );
  // Numeric results of the fused mode (as scorehouseholds gives them).
  static inline const QString EXPECTED_TOTAL = QStringLiteral( "EXPECTED_TOTAL" );
  static inline const QString SLOPE = QStringLiteral( "SLOPE" );

  QString name() const override { return QStringLiteral( "aggregateareas" ); }
  QString displayName() const override { return QObject::tr( "Aggregate households to areas" ); }
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  AggregateAreasAlgorithm *createInstance() const override { return new AggregateAreasAlgorithm(); }

  /**
   * Runs the household pass on a worker thread in batches (true, the
   * default) or all in the calling thread (false). Exposed for the
   * benchmark, which measures both.
   */
  static void setUseWorkerThread( bool use ) { sUseWorkerThread = use; }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  static inline bool sUseWorkerThread = true;

  std::unique_ptr<QgsProcessingFeatureSource> mHouseholds;
  std::unique_ptr<QgsProcessingFeatureSource> mAreas;
  int mProbabilityIndex = -1;
  int mReferenceIndex = -1;
  QString mProbabilityField;
  QString mReferenceField;
  QgsExpressionContext mExpressionContext;
  std::unique_ptr<HouseholdSelection> mMembers; //!< MEMBER; null: not given
  std::unique_ptr<MemberFile> mMemberFile;      //!< MEMBERS; null: not given (membership unknown when neither is)
  long long mMinimumCount = 10;
  bool mFused = false;            //!< PROFILE given: INPUT is scored in the pass
  HouseholdScoringSetup mScoring; //!< the fused mode's scoring set-up
};

} // namespace targetgroup
