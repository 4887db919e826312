#pragma once

#include "engine/profilebuilder.h"

#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>

#include <memory>

namespace targetgroup
{

/**
 * targetgroup:buildprofile -- compares seed households with a comparison base
 * and writes the target-group profile (JSON), a table of indices and an HTML
 * report. Two streaming passes over the households.
 */
class BuildProfileAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString INPUT = QStringLiteral( "INPUT" );
  static inline const QString SEED = QStringLiteral( "SEED" );
  static inline const QString BASE = QStringLiteral( "BASE" );
  static inline const QString FIELDS = QStringLiteral( "FIELDS" );
  static inline const QString DESCRIPTIVE_FIELDS = QStringLiteral( "DESCRIPTIVE_FIELDS" );
  static inline const QString BINS = QStringLiteral( "BINS" );
  static inline const QString MIN_CELL = QStringLiteral( "MIN_CELL" );
  static inline const QString OUTPUT_PROFILE = QStringLiteral( "OUTPUT_PROFILE" );
  static inline const QString OUTPUT_TABLE = QStringLiteral( "OUTPUT_TABLE" );
  static inline const QString OUTPUT_HTML = QStringLiteral( "OUTPUT_HTML" );
  // results
  static inline const QString SEED_COUNT = QStringLiteral( "SEED_COUNT" );
  static inline const QString BASE_COUNT = QStringLiteral( "BASE_COUNT" );
  //! Self-assessment of the recommended method: share of held-out seed in the top 10% of the base, and the seed-vs-base AUC.
  static inline const QString SEED_RECALL_TOP10 = QStringLiteral( "SEED_RECALL_TOP10" );
  static inline const QString SEED_AUC = QStringLiteral( "SEED_AUC" );
  //! The method the self-assessment recommends: 0 profile likelihood, 2 PU logistic (scorehouseholds' METHOD values).
  static inline const QString RECOMMENDED_METHOD = QStringLiteral( "RECOMMENDED_METHOD" );

  //! Folds of the self-assessment over the seed.
  static constexpr int kSelfAssessmentFolds = 5;

  //! A seed smaller than this gets a warning: its intervals are wide.
  static constexpr long long kSmallSeedWarning = 100;

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  BuildProfileAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  std::unique_ptr<QgsProcessingFeatureSource> mSource;
  QString mSourceName;
  QString mSeedExpressionText;
  QString mBaseExpressionText;
  QList<int> mFieldIndexes; //!< scoring fields, then descriptive fields
  QVector<bool> mNumericFields;
  std::vector<engine::ProfileFieldSpec> mFieldSpecs;
  engine::ProfileSettings mSettings;
};

} // namespace targetgroup
