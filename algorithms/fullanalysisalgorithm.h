#pragma once
// targetgroup:fullanalysis -- "Target group: full analysis": from seed
// households to areas in one run. Interprets the chain table
// (analysischain.h: buildprofile -> scorehouseholds (only for
// OUTPUT_HOUSEHOLDS) -> aggregateareas (scoring in the same pass) ->
// rollupareas per level -> areareport), running each step as a child
// algorithm that shares this run's context, log and progress bar. The shipped
// Model Designer model is written from the same table.

#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>

namespace targetgroup
{

class FullAnalysisAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString HOUSEHOLDS = QStringLiteral( "HOUSEHOLDS" );
  static inline const QString SEED = QStringLiteral( "SEED" );
  static inline const QString BASE = QStringLiteral( "BASE" );
  static inline const QString FIELDS = QStringLiteral( "FIELDS" );
  static inline const QString DESCRIPTIVE_FIELDS = QStringLiteral( "DESCRIPTIVE_FIELDS" );
  static inline const QString PREVALENCE = QStringLiteral( "PREVALENCE" );
  static inline const QString PREVALENCE_AREAS = QStringLiteral( "PREVALENCE_AREAS" );
  static inline const QString PREVALENCE_FIELD = QStringLiteral( "PREVALENCE_FIELD" );
  static inline const QString MEMBER = QStringLiteral( "MEMBER" );
  // The member file (instead of MEMBER), matched by address in the aggregation step.
  static inline const QString MEMBERS = QStringLiteral( "MEMBERS" );
  static inline const QString HOUSEHOLD_POSTCODE = QStringLiteral( "HOUSEHOLD_POSTCODE" );
  static inline const QString HOUSEHOLD_NUMBER = QStringLiteral( "HOUSEHOLD_NUMBER" );
  static inline const QString HOUSEHOLD_ADDITION = QStringLiteral( "HOUSEHOLD_ADDITION" );
  static inline const QString MEMBER_POSTCODE = QStringLiteral( "MEMBER_POSTCODE" );
  static inline const QString MEMBER_NUMBER = QStringLiteral( "MEMBER_NUMBER" );
  static inline const QString MEMBER_ADDITION = QStringLiteral( "MEMBER_ADDITION" );
  static inline const QString AREAS = QStringLiteral( "AREAS" );
  static inline const QString MIDDLE_AREAS = QStringLiteral( "MIDDLE_AREAS" );
  static inline const QString COARSE_AREAS = QStringLiteral( "COARSE_AREAS" );
  static inline const QString CODE_FIELD = QStringLiteral( "CODE_FIELD" );
  // Library service areas: figures and a report per library.
  static inline const QString LIBRARIES = QStringLiteral( "LIBRARIES" );
  static inline const QString LIBRARY_NAME_FIELD = QStringLiteral( "LIBRARY_NAME_FIELD" );
  static inline const QString MIN_COUNT = QStringLiteral( "MIN_COUNT" );
  static inline const QString MIN_CELL = QStringLiteral( "MIN_CELL" );
  static inline const QString BINS = QStringLiteral( "BINS" );
  // OUTPUT_HOUSEHOLDS with the id and the tg_* fields only (scorehouseholds' SLIM).
  static inline const QString SLIM_HOUSEHOLDS = QStringLiteral( "SLIM_HOUSEHOLDS" );
  static inline const QString OUTPUT_PROFILE = QStringLiteral( "OUTPUT_PROFILE" );
  static inline const QString OUTPUT_PROFILE_REPORT = QStringLiteral( "OUTPUT_PROFILE_REPORT" );
  static inline const QString OUTPUT_REPORT = QStringLiteral( "OUTPUT_REPORT" );
  static inline const QString OUTPUT_HOUSEHOLDS = QStringLiteral( "OUTPUT_HOUSEHOLDS" );
  static inline const QString OUTPUT_AREAS = QStringLiteral( "OUTPUT_AREAS" );
  static inline const QString OUTPUT_MIDDLE_AREAS = QStringLiteral( "OUTPUT_MIDDLE_AREAS" );
  static inline const QString OUTPUT_COARSE_AREAS = QStringLiteral( "OUTPUT_COARSE_AREAS" );
  static inline const QString OUTPUT_UNMATCHED_MEMBERS = QStringLiteral( "OUTPUT_UNMATCHED_MEMBERS" );
  static inline const QString OUTPUT_LIBRARIES = QStringLiteral( "OUTPUT_LIBRARIES" );
  static inline const QString OUTPUT_LIBRARY_AREAS = QStringLiteral( "OUTPUT_LIBRARY_AREAS" );
  static inline const QString OUTPUT_LIBRARY_REPORTS = QStringLiteral( "OUTPUT_LIBRARY_REPORTS" );
  // results
  static inline const QString SEED_COUNT = QStringLiteral( "SEED_COUNT" );
  static inline const QString BASE_COUNT = QStringLiteral( "BASE_COUNT" );
  static inline const QString EXPECTED_TOTAL = QStringLiteral( "EXPECTED_TOTAL" );
  static inline const QString MATCHED = QStringLiteral( "MATCHED" );
  static inline const QString UNMATCHED = QStringLiteral( "UNMATCHED" );
  static inline const QString MEMBERS_READ = QStringLiteral( "MEMBERS_READ" );
  static inline const QString MEMBERS_MATCHED = QStringLiteral( "MEMBERS_MATCHED" );
  static inline const QString MEMBERS_UNMATCHED = QStringLiteral( "MEMBERS_UNMATCHED" );
  static inline const QString HOUSEHOLDS_WITH_MEMBERS = QStringLiteral( "HOUSEHOLDS_WITH_MEMBERS" );
  static inline const QString LIBRARY_COUNT = QStringLiteral( "LIBRARY_COUNT" );
  static inline const QString AREAS_WITHOUT_LIBRARY = QStringLiteral( "AREAS_WITHOUT_LIBRARY" );

  QString name() const override;
  QString displayName() const override;
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  FullAnalysisAlgorithm *createInstance() const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  //! Loads exactly this algorithm's outputs on completion, each under its own label.
  void nameLayersToLoad( const QVariantMap &outputs, QgsProcessingContext &context ) const;
};

} // namespace targetgroup
