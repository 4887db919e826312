#include "areareportalgorithm.h"

#include "common/areareportrenderer.h"
#include "common/parametercheck.h"
#include "common/profilefile.h"
#include "common/qgiscompat.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

#include <QDir>
#include <QFileInfo>

namespace targetgroup
{

QStringList AreaReportAlgorithm::tags() const
{
  return QObject::tr( "target group,report,map,choropleth,html,png,top areas,membership,reach,untapped" ).split( QLatin1Char( ',' ) );
}

QString AreaReportAlgorithm::shortDescription() const
{
  return QObject::tr( "Writes an HTML report with a map of an area layer: where the target group lives, untapped potential, outreach characteristics." );
}

QString AreaReportAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "<p>Writes a short report on an area layer made by \"Aggregate households to areas\" or \"Roll up areas\": "
                               "a map of the expected share of target-group households, the areas with the most expected target households "
                               "and with the most untapped potential, membership reach, the soft characteristics from the profile, and the "
                               "methods and caveats a reader needs.</p>"
                               "<p><i>Areas with target-group figures</i> (AREAS) need the fields hh_total, tg_expected, tg_expected_low, tg_expected_high, tg_share, "
                               "tg_index, mem_tg_expected, tg_reach, tg_untapped and suppressed. <i>Area name field</i> (NAME_FIELD) names the areas; "
                               "without it statnaam (CBS) is used when the layer has it, else the feature id. A statcode field is shown beside the name.</p>"
                               "<p><i>Profile (for the soft characteristics)</i> (PROFILE, optional): the profile JSON from \"Build target group profile\"; its descriptive fields give "
                               "the soft characteristics, sorted by index. <i>Prevalence used in scoring (0–1, for the methods section)</i> "
                               "(PREVALENCE, optional) and <i>Suppression threshold used in aggregation (for the legend)</i> (MIN_COUNT, optional) are the values used in the scoring and aggregation runs; they are quoted in the report and the map legend.</p>"
                               "<p><i>Number of top areas to list</i> (TOP_N, default 10) sets the length of each ranking. Suppressed areas are grey on the map and left out "
                               "of the rankings and totals.</p>"
                               "<p>Outputs: <i>Area report</i> (OUTPUT_HTML), the report (plain HTML without scripts, readable in a browser and in the QGIS results viewer), and "
                               "<i>Map image</i> (OUTPUT_MAP), the map as PNG (by default beside the report, as &lt;report&gt;_map.png), drawn with QGIS's own renderer and the "
                               "default area style. The report refers to the map by a relative path: keep the two files together.</p>" ),
                           *this );
}

void AreaReportAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, QObject::tr( "Areas with target-group figures" ), QList<int>() << static_cast<int>( compat::SourceVectorPolygon ) ) );
  // The default behaviour (a file) avoids the behaviour enum, which moved to Qgis:: in 3.36.
  auto profile = std::make_unique<QgsProcessingParameterFile>( PROFILE, QObject::tr( "Profile (for the soft characteristics)" ) );
  profile->setFileFilter( QObject::tr( "Target group profile (*.json *.JSON)" ) );
  profile->setFlags( profile->flags() | compat::ParameterOptional );
  addParameter( profile.release() );
  addParameter( new QgsProcessingParameterNumber( PREVALENCE, QObject::tr( "Prevalence used in scoring (0–1, for the methods section)" ), compat::NumberDouble, QVariant(), true, 0.0, 1.0 ) );
  addParameter( new QgsProcessingParameterNumber( MIN_COUNT, QObject::tr( "Suppression threshold used in aggregation (for the legend)" ), compat::NumberInteger, QVariant(), true, 0, limits::kMaxMinimumCount ) );
  addParameter( new QgsProcessingParameterNumber( TOP_N, QObject::tr( "Number of top areas to list" ), compat::NumberInteger, 10, false, 1, 1000 ) );
  addParameter( new QgsProcessingParameterField( NAME_FIELD, QObject::tr( "Area name field" ), QVariant(), AREAS, compat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_HTML, QObject::tr( "Area report" ), QObject::tr( "HTML files (*.html *.htm)" ) ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_MAP, QObject::tr( "Map image" ), QObject::tr( "PNG files (*.png)" ), QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputNumber( AREA_COUNT, QObject::tr( "Areas in the report" ) ) );
  addOutput( new QgsProcessingOutputNumber( SUPPRESSED_COUNT, QObject::tr( "Suppressed areas" ) ) );
}

bool AreaReportAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  checkParameters( *this, parameters, context );
  mAreas.reset( parameterAsSource( parameters, AREAS, context ) );
  if ( !mAreas )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  mAreasName = mAreas->sourceName();

  const QgsFields fields = mAreas->fields();
  const QStringList missing = AreaReportFields::missing( fields );
  if ( !missing.isEmpty() )
    throw QgsProcessingException( QObject::tr( "AREAS (%1) lacks the fields %2. Use the output of \"Aggregate households to areas\" or \"Roll up areas\" as AREAS." )
                                      .arg( mAreasName, missing.join( QLatin1String( ", " ) ) ) );
  const QString nameField = parameterAsString( parameters, NAME_FIELD, context );
  if ( !nameField.isEmpty() && fields.lookupField( nameField ) < 0 )
    throw QgsProcessingException( QObject::tr( "AREAS (%1) has no field \"%2\" (NAME_FIELD). Choose one of its fields, or leave NAME_FIELD empty." ).arg( mAreasName, nameField ) );
  mFields = AreaReportFields::locate( fields, nameField );

  mSettings = AreaReportSettings();
  const QString profilePath = parameterAsFile( parameters, PROFILE, context );
  if ( !profilePath.isEmpty() )
  {
    mSettings.profile = readProfileFile( profilePath );
    mSettings.profileFileName = QFileInfo( profilePath ).fileName();
  }
  if ( parameters.value( PREVALENCE ).isValid() && !parameters.value( PREVALENCE ).isNull() )
  {
    const double prevalence = parameterAsDouble( parameters, PREVALENCE, context );
    if ( !( prevalence >= 0.0 && prevalence <= 1.0 ) )
      throw QgsProcessingException( QObject::tr( "PREVALENCE is %1; it must be a share between 0 and 1 (e.g. 0.10 for 10%)." ).arg( prevalence ) );
    mSettings.prevalence = prevalence;
  }
  if ( parameters.value( MIN_COUNT ).isValid() && !parameters.value( MIN_COUNT ).isNull() )
  {
    mSettings.minimumCount = parameterAsInt( parameters, MIN_COUNT, context );
    if ( mSettings.minimumCount < 0 )
      throw QgsProcessingException( QObject::tr( "MIN_COUNT must be 0 or more, not %1." ).arg( mSettings.minimumCount ) );
  }
  mSettings.topCount = parameterAsInt( parameters, TOP_N, context );
  if ( mSettings.topCount < 1 )
    throw QgsProcessingException( QObject::tr( "TOP_N must be 1 or more, not %1." ).arg( mSettings.topCount ) );
  return true;
}

QVariantMap AreaReportAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString htmlPath = parameterAsFileOutput( parameters, OUTPUT_HTML, context );
  if ( htmlPath.isEmpty() )
    throw QgsProcessingException( QObject::tr( "OUTPUT_HTML is not set: choose a file for the report." ) );
  QString mapPath = parameterAsFileOutput( parameters, OUTPUT_MAP, context );
  if ( mapPath.isEmpty() )
  {
    const QFileInfo htmlInfo( htmlPath );
    mapPath = htmlInfo.absoluteDir().filePath( htmlInfo.completeBaseName() + QStringLiteral( "_map.png" ) );
  }

  QgsProcessingMultiStepFeedback steps( 2, feedback );
  const std::optional<AreaReportModel> model = AreaReportModel::read( *mAreas, mFields, mAreasName, mSettings, &steps );
  if ( !model )
    return QVariantMap();
  steps.setCurrentStep( 1 );
  writeAreaReport( *model, htmlPath, mapPath, context.transformContext(), &steps );
  feedback->pushInfo( QObject::tr( "Report written to %1, map to %2." ).arg( htmlPath, mapPath ) );

  QVariantMap results;
  results.insert( OUTPUT_HTML, htmlPath );
  results.insert( OUTPUT_MAP, mapPath );
  results.insert( AREA_COUNT, model->areaCount() );
  results.insert( SUPPRESSED_COUNT, model->suppressedCount() );
  return results;
}

} // namespace targetgroup
