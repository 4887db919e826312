#pragma once
// targetgroup:areareport -- a short report a library director can read: a
// choropleth of the target group's share rendered with QGIS's own map
// renderer (PNG), the top areas by expected target households and by
// untapped potential with their intervals, membership reach, the soft
// characteristics from the profile, and a methods-and-caveats section.
// The numbers come from AreaReportModel, the map and the page from
// areareportrenderer.h; this class only turns parameters into those calls.

#include "common/areareportmodel.h"

#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>

#include <memory>

namespace targetgroup
{

class AreaReportAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString AREAS = QStringLiteral( "AREAS" );
  static inline const QString PROFILE = QStringLiteral( "PROFILE" );
  static inline const QString PREVALENCE = QStringLiteral( "PREVALENCE" );
  static inline const QString MIN_COUNT = QStringLiteral( "MIN_COUNT" );
  static inline const QString TOP_N = QStringLiteral( "TOP_N" );
  static inline const QString NAME_FIELD = QStringLiteral( "NAME_FIELD" );
  static inline const QString OUTPUT_HTML = QStringLiteral( "OUTPUT_HTML" );
  static inline const QString OUTPUT_MAP = QStringLiteral( "OUTPUT_MAP" );
  // Numeric results.
  static inline const QString AREA_COUNT = QStringLiteral( "AREA_COUNT" );
  static inline const QString SUPPRESSED_COUNT = QStringLiteral( "SUPPRESSED_COUNT" );

  QString name() const override { return QStringLiteral( "areareport" ); }
  QString displayName() const override { return QObject::tr( "Target group area report" ); }
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  AreaReportAlgorithm *createInstance() const override { return new AreaReportAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  std::unique_ptr<QgsProcessingFeatureSource> mAreas;
  QString mAreasName;
  AreaReportFields mFields;
  AreaReportSettings mSettings;
};

} // namespace targetgroup
