#include "areareportalgorithm.h"

#include "common/layerstyles.h"
#include "common/outputschema.h"
#include "common/profilefile.h"
#include "common/qgiscompat.h"
#include "engine/profilesummary.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <vector>

namespace targetgroup
{

namespace
{

//! One area as the report needs it (no geometry: that goes to the map layer).
struct AreaRow
{
  QString name;
  QString code;
  long long households = 0;
  bool suppressed = false;
  std::optional<double> expected;
  std::optional<double> expectedLow;
  std::optional<double> expectedHigh;
  std::optional<double> share;
  std::optional<double> index;
  std::optional<double> memberExpected;
  std::optional<double> reach;
  std::optional<double> untapped;
};

std::optional<double> numberOrNull( const QVariant &value )
{
  bool numeric = false;
  const double number = value.toDouble( &numeric );
  if ( value.isNull() || !numeric || !std::isfinite( number ) )
    return std::nullopt;
  return number;
}

QString escaped( const QString &text )
{
  return text.toHtmlEscaped();
}

QString escaped( const std::string &text )
{
  return QString::fromStdString( text ).toHtmlEscaped();
}

//! Decimals for an expected household count: whole numbers from 10, one decimal below.
int countDecimals( double value )
{
  return std::fabs( value ) >= 10 ? 0 : 1;
}

QString count( double value, int decimals )
{
  return QLocale().toString( value, 'f', decimals );
}

QString count( double value )
{
  return count( value, countDecimals( value ) );
}

QString count( const std::optional<double> &value )
{
  return value ? count( *value ) : QStringLiteral( "–" );
}

QString percent( const std::optional<double> &fraction, int decimals = 1 )
{
  return fraction ? QLocale().toString( *fraction * 100.0, 'f', decimals ) + QLatin1Char( '%' ) : QStringLiteral( "–" );
}

QString interval( const AreaRow &row )
{
  if ( !row.expectedLow || !row.expectedHigh )
    return QStringLiteral( "–" );
  // Both bounds with the decimals of the estimate: "9.6–14.4", not "9.6–14".
  const int decimals = countDecimals( row.expected.value_or( *row.expectedLow ) );
  return QStringLiteral( "%1–%2" ).arg( count( *row.expectedLow, decimals ), count( *row.expectedHigh, decimals ) );
}

QString areaCell( const AreaRow &row, bool withCode )
{
  QString html = QStringLiteral( "<td>%1</td>" ).arg( escaped( row.name ) );
  if ( withCode )
    html += QStringLiteral( "<td>%1</td>" ).arg( escaped( row.code ) );
  return html;
}

//! The top rows by a figure, highest first; rows without the figure are left out.
std::vector<const AreaRow *> topRows( const std::vector<AreaRow> &rows, std::optional<double> AreaRow::*figure, int topCount )
{
  std::vector<const AreaRow *> ranked;
  for ( const AreaRow &row : rows )
  {
    if ( !row.suppressed && row.*figure )
      ranked.push_back( &row );
  }
  std::stable_sort( ranked.begin(), ranked.end(), [figure]( const AreaRow *a, const AreaRow *b )
                    { return *( a->*figure ) > *( b->*figure ); } );
  if ( static_cast<int>( ranked.size() ) > topCount )
    ranked.resize( static_cast<std::size_t>( topCount ) );
  return ranked;
}

/**
 * Renders the styled layer with QGIS's map renderer onto the left part of the
 * image and draws the renderer's legend items in the panel on the right.
 * Returns the renderer's error messages.
 */
QStringList renderMap( QgsVectorLayer *layer, const QgsCoordinateTransformContext &transformContext, QImage &image, const QString &legendTitle )
{
  QStringList errors;
  image = QImage( AreaReportAlgorithm::kMapImageWidth, AreaReportAlgorithm::kMapImageHeight, QImage::Format_ARGB32_Premultiplied );
  image.fill( Qt::white );
  QPainter painter( &image );
  painter.setRenderHint( QPainter::Antialiasing, true );

  const QSize mapSize( AreaReportAlgorithm::kMapImageWidth - AreaReportAlgorithm::kLegendPanelWidth, AreaReportAlgorithm::kMapImageHeight );
  QgsRectangle extent = layer->extent();
  if ( !extent.isNull() && !extent.isEmpty() )
  {
    extent.scale( 1.04 ); // a small margin round the areas
    QgsMapSettings settings;
    settings.setLayers( QList<QgsMapLayer *>() << layer );
    settings.setDestinationCrs( layer->crs() );
    settings.setTransformContext( transformContext );
    settings.setOutputSize( mapSize );
    settings.setOutputDpi( 96 );
    settings.setBackgroundColor( Qt::white );
    settings.setExtent( extent );
    QgsMapRendererCustomPainterJob job( settings, &painter );
    job.renderSynchronously();
    for ( const QgsMapRendererJob::Error &error : job.errors() )
      errors << error.message;
  }
  else
  {
    painter.setPen( Qt::darkGray );
    painter.drawText( QRect( QPoint( 0, 0 ), mapSize ), Qt::AlignCenter, QObject::tr( "No area geometries to draw." ) );
  }

  // Legend panel.
  const int left = mapSize.width() + 16;
  const int width = AreaReportAlgorithm::kLegendPanelWidth - 32;
  int top = 40;
  QFont titleFont = painter.font();
  titleFont.setPixelSize( 18 );
  titleFont.setBold( true );
  painter.setFont( titleFont );
  painter.setPen( QColor( 34, 34, 34 ) );
  const QRect titleRect = painter.boundingRect( QRect( left, top, width, 200 ), Qt::TextWordWrap, legendTitle );
  painter.drawText( titleRect, Qt::TextWordWrap, legendTitle );
  top = titleRect.bottom() + 16;

  QFont itemFont = painter.font();
  itemFont.setPixelSize( 15 );
  itemFont.setBold( false );
  painter.setFont( itemFont );
  const QSize swatch( 36, 22 );
  const QgsLegendSymbolList items = layer->renderer() ? layer->renderer()->legendSymbolItems() : QgsLegendSymbolList();
  for ( const QgsLegendSymbolItem &item : items )
  {
    if ( !item.symbol() )
      continue;
    std::unique_ptr<QgsSymbol> symbol( item.symbol()->clone() );
    painter.drawImage( QRect( QPoint( left, top ), swatch ), symbol->asImage( swatch ) );
    painter.setPen( QColor( 120, 120, 120 ) );
    painter.setBrush( Qt::NoBrush );
    painter.drawRect( QRect( QPoint( left, top ), swatch ) );
    painter.setPen( QColor( 34, 34, 34 ) );
    const QRect labelRect = painter.boundingRect( QRect( left + swatch.width() + 10, top, width - swatch.width() - 10, 100 ), Qt::TextWordWrap, item.label() );
    painter.drawText( labelRect, Qt::TextWordWrap, item.label() );
    top += std::max( swatch.height(), labelRect.height() ) + 10;
  }
  painter.end();
  return errors;
}

} // namespace

QStringList AreaReportAlgorithm::requiredFields()
{
  return { schema::kHouseholds, schema::kExpected, schema::kExpectedLow, schema::kExpectedHigh,
           schema::kShare, schema::kAreaIndex, schema::kMemberExpected, schema::kReach,
           schema::kUntapped, schema::kSuppressed };
}

QStringList AreaReportAlgorithm::tags() const
{
  return QObject::tr( "target group,report,map,choropleth,html,png,top areas,membership,reach,untapped" ).split( QLatin1Char( ',' ) );
}

QString AreaReportAlgorithm::shortHelpString() const
{
  return QObject::tr(
      "<p>Writes a short report on an area layer made by \"Aggregate households to areas\" or \"Roll up areas\": "
      "a map of the expected share of target-group households, the areas with the most expected target households "
      "and with the most untapped potential, membership reach, the soft characteristics from the profile, and the "
      "methods and caveats a reader needs.</p>"
      "<p><b>Areas</b> (AREAS) need the fields hh_total, tg_expected, tg_expected_low, tg_expected_high, tg_share, "
      "tg_index, mem_tg_expected, tg_reach, tg_untapped and suppressed. <b>Name field</b> (NAME_FIELD) names the areas; "
      "without it statnaam (CBS) is used when the layer has it, else the feature id. A statcode field is shown beside the name.</p>"
      "<p><b>Profile</b> (PROFILE, optional): the profile JSON from \"Build target group profile\"; its descriptive fields give "
      "the soft characteristics, sorted by index. <b>Prevalence</b> (PREVALENCE, optional, 0–1) and <b>suppression threshold</b> "
      "(MIN_COUNT, optional) are the values used in the scoring and aggregation runs; they are quoted in the report and the map legend.</p>"
      "<p><b>Top areas</b> (TOP_N, default 10) sets the length of each ranking. Suppressed areas are grey on the map and left out "
      "of the rankings and totals.</p>"
      "<p>Outputs: OUTPUT_HTML, the report (plain HTML without scripts, readable in a browser and in the QGIS results viewer), and "
      "OUTPUT_MAP, the map as PNG (by default beside the report, as &lt;report&gt;_map.png), drawn with QGIS's own renderer and the "
      "default area style. The report refers to the map by a relative path: keep the two files together.</p>" );
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
  addParameter( new QgsProcessingParameterNumber( MIN_COUNT, QObject::tr( "Suppression threshold used in aggregation (for the legend)" ), compat::NumberInteger, QVariant(), true, 0 ) );
  addParameter( new QgsProcessingParameterNumber( TOP_N, QObject::tr( "Number of top areas to list" ), compat::NumberInteger, 10, false, 1, 1000 ) );
  addParameter( new QgsProcessingParameterField( NAME_FIELD, QObject::tr( "Area name field" ), QVariant(), AREAS, compat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_HTML, QObject::tr( "Area report" ), QObject::tr( "HTML files (*.html *.htm)" ) ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_MAP, QObject::tr( "Map image" ), QObject::tr( "PNG files (*.png)" ), QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputNumber( AREA_COUNT, QObject::tr( "Areas in the report" ) ) );
  addOutput( new QgsProcessingOutputNumber( SUPPRESSED_COUNT, QObject::tr( "Suppressed areas" ) ) );
}

bool AreaReportAlgorithm::prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  mAreas.reset( parameterAsSource( parameters, AREAS, context ) );
  if ( !mAreas )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  mAreasName = mAreas->sourceName();

  const QgsFields fields = mAreas->fields();
  QStringList missing;
  const QStringList required = requiredFields();
  for ( const QString &field : required )
  {
    if ( fields.lookupField( field ) < 0 )
      missing << field;
  }
  if ( !missing.isEmpty() )
    throw QgsProcessingException( QObject::tr( "AREAS (%1) lacks the fields %2. Use the output of \"Aggregate households to areas\" or \"Roll up areas\" as AREAS." )
                                      .arg( mAreasName, missing.join( QLatin1String( ", " ) ) ) );

  mNameField = parameterAsString( parameters, NAME_FIELD, context );
  if ( !mNameField.isEmpty() )
  {
    mNameIndex = fields.lookupField( mNameField );
    if ( mNameIndex < 0 )
      throw QgsProcessingException( QObject::tr( "AREAS (%1) has no field \"%2\" (NAME_FIELD). Choose one of its fields, or leave NAME_FIELD empty." ).arg( mAreasName, mNameField ) );
  }
  else
  {
    mNameIndex = fields.lookupField( schema::kCbsNameField );
    if ( mNameIndex >= 0 )
      mNameField = schema::kCbsNameField;
  }
  mCodeIndex = fields.lookupField( schema::kCbsCodeField );
  if ( mCodeIndex == mNameIndex )
    mCodeIndex = -1;

  mProfile.reset();
  mProfilePath = parameterAsFile( parameters, PROFILE, context );
  if ( !mProfilePath.isEmpty() )
    mProfile = readProfileFile( mProfilePath );

  mPrevalence.reset();
  if ( parameters.value( PREVALENCE ).isValid() && !parameters.value( PREVALENCE ).isNull() )
  {
    const double prevalence = parameterAsDouble( parameters, PREVALENCE, context );
    if ( !( prevalence >= 0.0 && prevalence <= 1.0 ) )
      throw QgsProcessingException( QObject::tr( "PREVALENCE is %1; it must be a share between 0 and 1 (e.g. 0.10 for 10%)." ).arg( prevalence ) );
    mPrevalence = prevalence;
  }
  mMinimumCount = -1;
  if ( parameters.value( MIN_COUNT ).isValid() && !parameters.value( MIN_COUNT ).isNull() )
  {
    mMinimumCount = parameterAsInt( parameters, MIN_COUNT, context );
    if ( mMinimumCount < 0 )
      throw QgsProcessingException( QObject::tr( "MIN_COUNT must be 0 or more, not %1." ).arg( mMinimumCount ) );
  }
  mTopCount = parameterAsInt( parameters, TOP_N, context );
  if ( mTopCount < 1 )
    throw QgsProcessingException( QObject::tr( "TOP_N must be 1 or more, not %1." ).arg( mTopCount ) );
  return true;
}

QVariantMap AreaReportAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
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

  // --- 1. one pass over the areas: the rows for the tables, the map layer ---------
  const QgsFields fields = mAreas->fields();
  const int householdsIndex = fields.lookupField( schema::kHouseholds );
  const int expectedIndex = fields.lookupField( schema::kExpected );
  const int lowIndex = fields.lookupField( schema::kExpectedLow );
  const int highIndex = fields.lookupField( schema::kExpectedHigh );
  const int shareIndex = fields.lookupField( schema::kShare );
  const int indexIndex = fields.lookupField( schema::kAreaIndex );
  const int memberExpectedIndex = fields.lookupField( schema::kMemberExpected );
  const int reachIndex = fields.lookupField( schema::kReach );
  const int untappedIndex = fields.lookupField( schema::kUntapped );
  const int suppressedIndex = fields.lookupField( schema::kSuppressed );

  QgsFields mapFields;
  mapFields.append( compat::makeField( schema::kShare, compat::FieldKind::Double ) );
  mapFields.append( compat::makeField( schema::kSuppressed, compat::FieldKind::Integer ) );
  std::unique_ptr<QgsVectorLayer> mapLayer( QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "areas" ), mapFields, mAreas->wkbType(), mAreas->sourceCrs() ) );
  if ( !mapLayer || !mapLayer->isValid() )
    throw QgsProcessingException( QObject::tr( "Could not create the temporary layer for the map of AREAS (%1)." ).arg( mAreasName ) );

  std::vector<AreaRow> rows;
  QList<double> shares;
  bool hasUnsuppressedWithoutEstimate = false;
  long long suppressedCount = 0;
  const long long total = mAreas->featureCount();
  const double step = total > 0 ? 90.0 / static_cast<double>( total ) : 1;
  QgsFeatureIterator areas = mAreas->getFeatures( QgsFeatureRequest(), compat::SourceSkipGeometryValidityChecks );
  QgsFeature area;
  QgsFeatureList mapFeatures;
  long long read = 0;
  while ( areas.nextFeature( area ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    feedback->setProgress( static_cast<double>( read++ ) * step * 0.5 );

    AreaRow row;
    const QVariant nameValue = mNameIndex >= 0 ? area.attribute( mNameIndex ) : QVariant();
    row.name = mNameIndex < 0 ? QObject::tr( "Area %1" ).arg( area.id() ) : ( nameValue.isNull() ? QObject::tr( "(no name, feature %1)" ).arg( area.id() ) : nameValue.toString() );
    if ( mCodeIndex >= 0 && !area.attribute( mCodeIndex ).isNull() )
      row.code = area.attribute( mCodeIndex ).toString();
    row.households = area.attribute( householdsIndex ).toLongLong();
    row.suppressed = area.attribute( suppressedIndex ).toInt() == 1;
    row.expected = numberOrNull( area.attribute( expectedIndex ) );
    row.expectedLow = numberOrNull( area.attribute( lowIndex ) );
    row.expectedHigh = numberOrNull( area.attribute( highIndex ) );
    row.share = numberOrNull( area.attribute( shareIndex ) );
    row.index = numberOrNull( area.attribute( indexIndex ) );
    row.memberExpected = numberOrNull( area.attribute( memberExpectedIndex ) );
    row.reach = numberOrNull( area.attribute( reachIndex ) );
    row.untapped = numberOrNull( area.attribute( untappedIndex ) );
    if ( row.suppressed )
      ++suppressedCount;
    else if ( row.share )
      shares << *row.share;
    else
      hasUnsuppressedWithoutEstimate = true;

    QgsFeature mapFeature( mapFields );
    mapFeature.setGeometry( area.geometry() );
    mapFeature.setAttributes( QgsAttributes() << ( row.share ? QVariant( *row.share ) : compat::nullValue() ) << QVariant( row.suppressed ? 1 : 0 ) );
    mapFeatures << mapFeature;
    rows.push_back( std::move( row ) );
  }
  if ( !mapLayer->dataProvider()->addFeatures( mapFeatures, QgsFeatureSink::FastInsert ) )
    throw QgsProcessingException( QObject::tr( "Could not copy the areas of AREAS (%1) for the map: %2" ).arg( mAreasName, mapLayer->dataProvider()->lastError() ) );
  mapFeatures.clear();
  mapLayer->updateExtents();

  // --- 2. the map: the default area style, QGIS's renderer -----------------------
  mapLayer->setRenderer( styles::areaRenderer( shares, mMinimumCount, hasUnsuppressedWithoutEstimate ).release() );
  QImage image;
  const QStringList renderErrors = renderMap( mapLayer.get(), context.transformContext(), image, QObject::tr( "Expected share of target-group households" ) );
  for ( const QString &error : renderErrors )
    feedback->pushWarning( QObject::tr( "Map rendering: %1" ).arg( error ) );
  QDir().mkpath( QFileInfo( mapPath ).absolutePath() );
  if ( !image.save( mapPath, "PNG" ) )
    throw QgsProcessingException( QObject::tr( "Could not write the map image %1. Check that the folder exists and is writable." ).arg( mapPath ) );
  feedback->setProgress( 95 );

  // --- 3. the report ---------------------------------------------------------------
  const bool withCode = mCodeIndex >= 0;
  double sumHouseholds = 0, sumExpected = 0, sumMemberExpected = 0, sumExpectedWithMembers = 0;
  for ( const AreaRow &row : rows )
  {
    if ( row.suppressed || !row.expected )
      continue;
    sumHouseholds += static_cast<double>( row.households );
    sumExpected += *row.expected;
    if ( row.memberExpected )
    {
      sumMemberExpected += *row.memberExpected;
      sumExpectedWithMembers += *row.expected;
    }
  }
  const bool membershipKnown = sumExpectedWithMembers > 0;

  const QString title = QObject::tr( "Target group: areas" );
  QString html = QStringLiteral( "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>" ).arg( escaped( title ) );
  html += QLatin1String( "<style>body{font-family:sans-serif;max-width:64em;margin:1em auto;color:#222}"
                         "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 6px}"
                         "td.n{text-align:right}h2{border-bottom:1px solid #ccc}</style></head><body>" );
  html += QStringLiteral( "<h1>%1</h1>" ).arg( escaped( title ) );
  html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "Areas: %1 (%2 areas, %3 suppressed)." ).arg( mAreasName, QString::number( rows.size() ), QString::number( suppressedCount ) ) ) );

  // Relative, percent-encoded: the report and its map travel together.
  const QString mapReference = QString::fromLatin1( QUrl::toPercentEncoding( QFileInfo( htmlPath ).absoluteDir().relativeFilePath( QFileInfo( mapPath ).absoluteFilePath() ), "/" ) );
  html += QStringLiteral( "<h2>%1</h2>" ).arg( escaped( QObject::tr( "Map" ) ) );
  html += QStringLiteral( "<p><img src=\"%1\" width=\"960\" alt=\"%2\"></p>" ).arg( escaped( mapReference ), escaped( QObject::tr( "Map of the expected share of target-group households per area" ) ) );
  html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "Colour: the expected share of households that belong to the target group, in five classes with about equally many areas each. Grey areas are suppressed." ) ) );

  const std::vector<const AreaRow *> topExpected = topRows( rows, &AreaRow::expected, mTopCount );
  html += QStringLiteral( "<h2>%1</h2>" ).arg( escaped( QObject::tr( "Where the target group lives: top %1 areas by expected target households" ).arg( mTopCount ) ) );
  if ( topExpected.empty() )
    html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "No area has an estimate (all are suppressed or empty)." ) ) );
  else
  {
    html += QStringLiteral( "<table><tr><th>#</th><th>%1</th>" ).arg( escaped( QObject::tr( "Area" ) ) );
    if ( withCode )
      html += QStringLiteral( "<th>%1</th>" ).arg( escaped( QObject::tr( "Code" ) ) );
    html += QStringLiteral( "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>" )
                .arg( escaped( QObject::tr( "Households" ) ), escaped( QObject::tr( "Expected target households" ) ), escaped( QObject::tr( "95% interval" ) ),
                      escaped( QObject::tr( "Share" ) ), escaped( QObject::tr( "Index" ) ), escaped( QObject::tr( "Reached by members" ) ) );
    int rank = 0;
    for ( const AreaRow *row : topExpected )
    {
      html += QStringLiteral( "<tr><td class=\"n\">%1</td>" ).arg( ++rank ) + areaCell( *row, withCode );
      html += QStringLiteral( "<td class=\"n\">%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td></tr>" )
                  .arg( QLocale().toString( row->households ), count( row->expected ), interval( *row ), percent( row->share ),
                        row->index ? QLocale().toString( *row->index, 'f', 0 ) : QStringLiteral( "–" ), percent( row->reach, 0 ) );
    }
    html += QLatin1String( "</table>" );
  }

  html += QStringLiteral( "<h2>%1</h2>" ).arg( escaped( QObject::tr( "Membership reach" ) ) );
  if ( membershipKnown )
  {
    html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "Of the %1 target-group households expected in the areas shown, %2 are expected among library members: a reach of %3. "
                                                                     "%4 expected target households are not yet members." )
                                                            .arg( count( sumExpectedWithMembers ), count( sumMemberExpected ), percent( sumMemberExpected / sumExpectedWithMembers ), count( sumExpectedWithMembers - sumMemberExpected ) ) ) );
    const std::vector<const AreaRow *> topUntapped = topRows( rows, &AreaRow::untapped, mTopCount );
    html += QStringLiteral( "<h2>%1</h2>" ).arg( escaped( QObject::tr( "Untapped potential: top %1 areas by expected target households who are not members" ).arg( mTopCount ) ) );
    html += QStringLiteral( "<table><tr><th>#</th><th>%1</th>" ).arg( escaped( QObject::tr( "Area" ) ) );
    if ( withCode )
      html += QStringLiteral( "<th>%1</th>" ).arg( escaped( QObject::tr( "Code" ) ) );
    html += QStringLiteral( "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>" )
                .arg( escaped( QObject::tr( "Untapped (expected non-members)" ) ), escaped( QObject::tr( "Expected target households" ) ),
                      escaped( QObject::tr( "95% interval" ) ), escaped( QObject::tr( "Reached by members" ) ) );
    int rank = 0;
    for ( const AreaRow *row : topUntapped )
    {
      html += QStringLiteral( "<tr><td class=\"n\">%1</td>" ).arg( ++rank ) + areaCell( *row, withCode );
      html += QStringLiteral( "<td class=\"n\">%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td></tr>" )
                  .arg( count( row->untapped ), count( row->expected ), interval( *row ), percent( row->reach, 0 ) );
    }
    html += QLatin1String( "</table>" );
  }
  else
  {
    html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "Membership is not known for these areas (no MEMBER expression was given when aggregating), so reach and untapped potential cannot be shown." ) ) );
  }

  html += QStringLiteral( "<h2>%1</h2>" ).arg( escaped( QObject::tr( "Soft characteristics for outreach" ) ) );
  if ( !mProfile )
  {
    html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "No profile was given (PROFILE), so the soft characteristics are not shown." ) ) );
  }
  else
  {
    const std::vector<engine::CategorySummary> summaries = engine::summarizeProfile( *mProfile );
    std::vector<const engine::CategorySummary *> soft;
    for ( const engine::CategorySummary &summary : summaries )
    {
      // "(missing)" and "(other)" say nothing a campaign can use.
      if ( !summary.usedForScoring && summary.label != engine::kMissingCategory && summary.label != engine::kOtherCategory && std::isfinite( summary.index.index ) )
        soft.push_back( &summary );
    }
    std::stable_sort( soft.begin(), soft.end(), []( const engine::CategorySummary *a, const engine::CategorySummary *b )
                      { return a->index.index > b->index.index; } );
    if ( static_cast<int>( soft.size() ) > mTopCount )
      soft.resize( static_cast<std::size_t>( mTopCount ) );
    if ( soft.empty() )
      html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "The profile has no descriptive fields (DESCRIPTIVE_FIELDS of \"Build target group profile\")." ) ) );
    else
    {
      html += QStringLiteral( "<p>%1</p>" ).arg( escaped( QObject::tr( "Interests, media and habits that set the target group apart (index 100 = as common as in the profile's comparison base; "
                                                                       "bold = the 95% interval excludes 100). Use the high ones to choose channels and messages." ) ) );
      html += QStringLiteral( "<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>" )
                  .arg( escaped( QObject::tr( "Field" ) ), escaped( QObject::tr( "Characteristic" ) ), escaped( QObject::tr( "Target group" ) ),
                        escaped( QObject::tr( "Comparison base" ) ), escaped( QObject::tr( "Index" ) ), escaped( QObject::tr( "95% interval" ) ) );
      for ( const engine::CategorySummary *summary : soft )
      {
        const QString indexText = QLocale().toString( summary->index.index, 'f', 0 );
        html += QStringLiteral( "<tr><td>%1</td><td>%2</td><td class=\"n\">%3%</td><td class=\"n\">%4%</td><td class=\"n\">%5</td><td class=\"n\">%6–%7</td></tr>" )
                    .arg( escaped( summary->fieldName ), escaped( summary->label ), QLocale().toString( summary->seedPercent, 'f', 1 ), QLocale().toString( summary->basePercent, 'f', 1 ),
                          summary->index.significant ? QStringLiteral( "<b>%1</b>" ).arg( indexText ) : indexText,
                          QLocale().toString( summary->index.low, 'f', 0 ), QLocale().toString( summary->index.high, 'f', 0 ) );
      }
      html += QLatin1String( "</table>" );
    }
  }

  html += QStringLiteral( "<h2>%1</h2><ul>" ).arg( escaped( QObject::tr( "Methods and caveats" ) ) );
  html += QStringLiteral( "<li>%1</li>" ).arg( escaped( QObject::tr( "Every household has an estimated probability of belonging to the target group, from how much it resembles the seed "
                                                                     "households in the profile. These are estimates for groups of households, not facts about any one household." ) ) );
  html += QStringLiteral( "<li>%1</li>" ).arg( escaped( QObject::tr( "An area's expected number of target households is the sum of its households' probabilities. The 95% interval shows "
                                                                     "the chance variation of that count; it does not include the uncertainty of the profile itself, so the real "
                                                                     "uncertainty is larger. Rank areas with overlapping intervals as equals." ) ) );
  html += QStringLiteral( "<li>%1</li>" ).arg( escaped( mMinimumCount > 0 ? QObject::tr( "Areas with fewer than %1 households are suppressed: they are grey on the map, have no figures and are left out of the rankings and totals (%2 of %3 areas)." ).arg( mMinimumCount ).arg( suppressedCount ).arg( rows.size() ) : QObject::tr( "Areas with too few households are suppressed: they are grey on the map, have no figures and are left out of the rankings and totals (%1 of %2 areas)." ).arg( suppressedCount ).arg( rows.size() ) ) );
  const QString overallShare = sumHouseholds > 0 ? percent( sumExpected / sumHouseholds ) : QStringLiteral( "–" );
  html += QStringLiteral( "<li>%1</li>" ).arg( escaped( mPrevalence ? QObject::tr( "The probabilities were calibrated to a prevalence of %1 of households; over the areas shown the expected share is %2." ).arg( percent( *mPrevalence ), overallShare ) : QObject::tr( "The prevalence used in scoring was not given to this report; over the areas shown the expected share is %1." ).arg( overallShare ) ) );
  if ( mProfile )
    html += QStringLiteral( "<li>%1</li>" ).arg( escaped( QObject::tr( "Profile: %1 seed households (%2) compared with %3 households (%4); file %5." ).arg( QLocale().toString( mProfile->seedCount ), QString::fromStdString( mProfile->seedExpression ), QLocale().toString( mProfile->baseCount ), mProfile->baseExpression.empty() ? QObject::tr( "all households" ) : QString::fromStdString( mProfile->baseExpression ), QFileInfo( mProfilePath ).fileName() ) ) );
  html += QLatin1String( "</ul></body></html>\n" );

  QDir().mkpath( QFileInfo( htmlPath ).absolutePath() );
  QFile file( htmlPath );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) || file.write( html.toUtf8() ) < 0 )
    throw QgsProcessingException( QObject::tr( "Could not write the report %1: %2" ).arg( htmlPath, file.errorString() ) );
  file.close();
  feedback->setProgress( 100 );
  feedback->pushInfo( QObject::tr( "Report written to %1, map to %2." ).arg( htmlPath, mapPath ) );

  QVariantMap results;
  results.insert( OUTPUT_HTML, htmlPath );
  results.insert( OUTPUT_MAP, mapPath );
  results.insert( AREA_COUNT, static_cast<long long>( rows.size() ) );
  results.insert( SUPPRESSED_COUNT, suppressedCount );
  return results;
}

} // namespace targetgroup
