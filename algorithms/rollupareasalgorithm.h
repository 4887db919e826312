#pragma once
// targetgroup:rollupareas -- sums the additive fields of an aggregateareas
// output from fine areas (buurt, wijk) into coarse ones (wijk, gemeente,
// provincie), recomputes the derived figures and reapplies suppression:
// one pass over the households, then many levels cheaply.

#include "common/areatotals.h"
#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>

namespace targetgroup
{

class RollupAreasAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString INPUT = QStringLiteral( "INPUT" );
  static inline const QString AREAS = QStringLiteral( "AREAS" );
  static inline const QString JOIN_METHOD = QStringLiteral( "JOIN_METHOD" );
  static inline const QString FINE_CODE_FIELD = QStringLiteral( "FINE_CODE_FIELD" );
  static inline const QString COARSE_CODE_FIELD = QStringLiteral( "COARSE_CODE_FIELD" );
  static inline const QString MIN_COUNT = QStringLiteral( "MIN_COUNT" );
  static inline const QString OUTPUT = QStringLiteral( "OUTPUT" );
  // Numeric results.
  static inline const QString MATCHED = QStringLiteral( "MATCHED" );
  static inline const QString UNMATCHED = QStringLiteral( "UNMATCHED" );
  static inline const QString UNMATCHED_HOUSEHOLDS = QStringLiteral( "UNMATCHED_HOUSEHOLDS" );

  //! JOIN_METHOD values.
  enum JoinMethod
  {
    JoinByCode = 0,
    JoinSpatially = 1,
    //! By code when both layers hold CBS codes that nest by prefix (BU, WK, GM), otherwise spatially; decided in prepareAlgorithm.
    JoinAutomatic = 2,
  };

  QString name() const override { return QStringLiteral( "rollupareas" ); }
  QString displayName() const override { return QObject::tr( "Roll up areas" ); }
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  RollupAreasAlgorithm *createInstance() const override { return new RollupAreasAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  std::unique_ptr<QgsProcessingFeatureSource> mFine;
  std::unique_ptr<QgsProcessingFeatureSource> mCoarse;
  JoinMethod mJoinMethod = JoinByCode;
  int mFineCodeIndex = -1;
  int mCoarseCodeIndex = -1;
  long long mMinimumCount = 10;
  //! Indexes in INPUT of hh_total, tg_expected, tg_variance, tg_ref, mem_total, mem_tg_expected, suppressed.
  AreaTotalsFields mTotalsFields;
};

} // namespace targetgroup
