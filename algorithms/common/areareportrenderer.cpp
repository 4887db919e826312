#include "common/areareportrenderer.h"

#include "common/htmlwriter.h"
#include "common/layerstyles.h"
#include "common/outputschema.h"
#include "common/profilereport.h"
#include "common/qgiscompat.h"

#include <qgsexception.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingfeedback.h>
#include <qgsrulebasedrenderer.h>
#include <qgsfillsymbol.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace targetgroup
{

namespace
{

//! Width of the map in the page; the image is drawn larger for sharpness.
constexpr int kPageMapWidth = 960;

/**
 * A memory layer with the areas' geometries, their share and suppressed
 * flag, styled with the default area style.
 */
std::unique_ptr<QgsVectorLayer> mapLayer( const AreaReportModel &model )
{
  QgsFields fields;
  fields.append( compat::makeField( schema::kShare, compat::FieldKind::Double ) );
  fields.append( compat::makeField( schema::kSuppressed, compat::FieldKind::Integer ) );
  std::unique_ptr<QgsVectorLayer> layer( QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "areas" ), fields, model.wkbType(), model.crs() ) );
  if ( !layer || !layer->isValid() )
    throw QgsProcessingException( QObject::tr( "Could not create the temporary layer for the map of AREAS (%1)." ).arg( model.sourceName() ) );

  QgsFeatureList features;
  features.reserve( static_cast<int>( model.rows().size() ) );
  for ( const AreaReportRow &row : model.rows() )
  {
    QgsFeature feature( fields );
    feature.setGeometry( row.geometry );
    feature.setAttributes( QgsAttributes() << ( row.share ? QVariant( *row.share ) : compat::nullValue() ) << QVariant( row.suppressed ? 1 : 0 ) );
    features << feature;
  }
  if ( !layer->dataProvider()->addFeatures( features, QgsFeatureSink::FastInsert ) )
    throw QgsProcessingException( QObject::tr( "Could not copy the areas of AREAS (%1) for the map: %2" ).arg( model.sourceName(), layer->dataProvider()->lastError() ) );
  layer->updateExtents();
  layer->setRenderer( styles::areaRenderer( model.mapShares(), model.settings().minimumCount, model.hasAreasWithoutEstimate() ).release() );
  return layer;
}

//! A layer with the model's outline (a service area) as a dashed boundary without fill; nullptr when there is none.
std::unique_ptr<QgsVectorLayer> outlineLayer( const AreaReportModel &model )
{
  const QgsGeometry &outline = model.settings().outline;
  if ( outline.isNull() || outline.isEmpty() )
    return nullptr;
  std::unique_ptr<QgsVectorLayer> layer( QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "outline" ), QgsFields(), outline.wkbType(), model.crs() ) );
  if ( !layer || !layer->isValid() )
    return nullptr;
  QgsFeature feature;
  feature.setGeometry( outline );
  layer->dataProvider()->addFeature( feature );
  layer->updateExtents();
  QgsFillSymbol *symbol = QgsFillSymbol::createSimple( QVariantMap{ { QStringLiteral( "style" ), QStringLiteral( "no" ) },
                                                                    { QStringLiteral( "outline_color" ), QStringLiteral( "#252525" ) },
                                                                    { QStringLiteral( "outline_width" ), QStringLiteral( "0.7" ) },
                                                                    { QStringLiteral( "outline_style" ), QStringLiteral( "dash" ) } } );
  layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );
  return layer;
}

//! The renderer's legend items down the panel on the right of the image.
void drawLegend( QPainter &painter, const QgsVectorLayer &layer, const QString &title )
{
  const int left = kAreaMapWidth - kAreaMapLegendWidth + 16;
  const int width = kAreaMapLegendWidth - 32;
  int top = 40;
  QFont titleFont = painter.font();
  titleFont.setPixelSize( 18 );
  titleFont.setBold( true );
  painter.setFont( titleFont );
  painter.setPen( QColor( 34, 34, 34 ) );
  const QRect titleRect = painter.boundingRect( QRect( left, top, width, 200 ), Qt::TextWordWrap, title );
  painter.drawText( titleRect, Qt::TextWordWrap, title );
  top = titleRect.bottom() + 16;

  QFont itemFont = painter.font();
  itemFont.setPixelSize( 15 );
  itemFont.setBold( false );
  painter.setFont( itemFont );
  const QSize swatch( 36, 22 );
  const QgsLegendSymbolList items = layer.renderer() ? layer.renderer()->legendSymbolItems() : QgsLegendSymbolList();
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
}

//! "#", the area, and its code when the areas have codes.
QStringList areaHeaders( const AreaReportModel &model )
{
  QStringList headers = { QStringLiteral( "#" ), QObject::tr( "Area" ) };
  if ( model.hasCodes() )
    headers << QObject::tr( "Code" );
  return headers;
}

QList<html::Cell> areaCells( const AreaReportModel &model, int rank, const AreaReportRow &row )
{
  QList<html::Cell> cells = { html::Cell::number( html::formatCount( rank ) ), html::Cell::text( row.name ) };
  if ( model.hasCodes() )
    cells << html::Cell::text( row.code );
  return cells;
}

QString expectedInterval( const AreaReportRow &row )
{
  return html::formatExpectedInterval( row.expectedLow, row.expectedHigh, row.expected );
}

void addTopByExpected( html::Document &document, const AreaReportModel &model )
{
  const int topCount = model.settings().topCount;
  document.addHeading( 2, QObject::tr( "Where the target group lives: top %1 areas by expected target households" ).arg( topCount ) );
  const std::vector<const AreaReportRow *> top = model.topByExpected();
  if ( top.empty() )
  {
    document.addParagraph( QObject::tr( "No area has an estimate (all are suppressed or empty)." ) );
    return;
  }
  html::Table table( areaHeaders( model ) << QObject::tr( "Households" ) << QObject::tr( "Expected target households" ) << QObject::tr( "95% interval" )
                                          << QObject::tr( "Share" ) << QObject::tr( "Index" ) << QObject::tr( "Reached by members" ) );
  int rank = 0;
  for ( const AreaReportRow *row : top )
  {
    table.addRow( areaCells( model, ++rank, *row )
                  << html::Cell::number( html::formatCount( row->households ) ) << html::Cell::number( html::formatExpected( row->expected ) )
                  << html::Cell::number( expectedInterval( *row ) ) << html::Cell::number( html::formatShare( row->share ) )
                  << html::Cell::number( html::formatIndex( row->index ) ) << html::Cell::number( html::formatShare( row->reach, 0 ) ) );
  }
  document.addTable( table );
}

void addMembership( html::Document &document, const AreaReportModel &model )
{
  document.addHeading( 2, QObject::tr( "Membership reach" ) );
  if ( model.areaCount() > 0 && model.suppressedCount() == model.areaCount() )
  {
    // Not "unknown": every area is withheld, so there is nothing to sum.
    document.addParagraph( QObject::tr( "Every area is suppressed, so no reach per area can be shown." ) );
    return;
  }
  if ( !model.membershipKnown() )
  {
    document.addParagraph( QObject::tr( "Membership is not known for these areas (no MEMBER expression was given when aggregating), so reach and untapped potential cannot be shown." ) );
    return;
  }
  const AreaReportTotals &totals = model.totals();
  document.addParagraph( QObject::tr( "Of the %1 target-group households expected in the areas shown, %2 are expected among library members: a reach of %3. "
                                      "%4 expected target households are not yet members." )
                             .arg( html::formatExpected( totals.expectedWithMembership ), html::formatExpected( totals.memberExpected ), html::formatShare( model.reach() ),
                                   html::formatExpected( totals.expectedWithMembership - totals.memberExpected ) ) );

  document.addHeading( 2, QObject::tr( "Untapped potential: top %1 areas by expected target households who are not members" ).arg( model.settings().topCount ) );
  html::Table table( areaHeaders( model ) << QObject::tr( "Untapped (expected non-members)" ) << QObject::tr( "Expected target households" )
                                          << QObject::tr( "95% interval" ) << QObject::tr( "Reached by members" ) );
  int rank = 0;
  for ( const AreaReportRow *row : model.topByUntapped() )
  {
    table.addRow( areaCells( model, ++rank, *row )
                  << html::Cell::number( html::formatExpected( row->untapped ) ) << html::Cell::number( html::formatExpected( row->expected ) )
                  << html::Cell::number( expectedInterval( *row ) ) << html::Cell::number( html::formatShare( row->reach, 0 ) ) );
  }
  document.addTable( table );
}

void addSoftCharacteristics( html::Document &document, const AreaReportModel &model )
{
  document.addHeading( 2, QObject::tr( "Soft characteristics for outreach" ) );
  if ( !model.settings().profile )
  {
    document.addParagraph( QObject::tr( "No profile was given (PROFILE), so the soft characteristics are not shown." ) );
    return;
  }
  if ( model.softCharacteristics().empty() )
  {
    document.addParagraph( QObject::tr( "The profile has no descriptive fields (DESCRIPTIVE_FIELDS of \"Build target group profile\")." ) );
    return;
  }
  document.addParagraph( QObject::tr( "Interests, media and habits that set the target group apart (index 100 = as common as in the profile's comparison base; "
                                      "bold = the 95% interval excludes 100). Use the high ones to choose channels and messages." ) );
  html::Table table( { QObject::tr( "Field" ), QObject::tr( "Characteristic" ), QObject::tr( "Target group" ), QObject::tr( "Comparison base" ),
                       QObject::tr( "Index" ), QObject::tr( "95% interval" ) } );
  for ( const engine::CategorySummary &summary : model.softCharacteristics() )
  {
    const html::Cell index = html::Cell::number( html::formatIndex( summary.index.index ) );
    table.addRow( { html::Cell::text( summary.fieldName ), html::Cell::text( categoryCaption( *model.settings().profile, summary ) ),
                    html::Cell::number( html::formatPercent( summary.seedPercent ) ), html::Cell::number( html::formatPercent( summary.basePercent ) ),
                    summary.index.significant ? index.strong() : index, html::Cell::number( html::formatIndexInterval( summary.index.low, summary.index.high ) ) } );
  }
  document.addTable( table );
}

void addMethods( html::Document &document, const AreaReportModel &model )
{
  const AreaReportSettings &settings = model.settings();
  document.addHeading( 2, QObject::tr( "Methods and caveats" ) );
  QStringList items;
  items << QObject::tr( "Every household has an estimated probability of belonging to the target group, from how much it resembles the seed "
                        "households in the profile. These are estimates for groups of households, not facts about any one household." );
  items << QObject::tr( "An area's expected number of target households is the sum of its households' probabilities. The 95% interval shows "
                        "the chance variation of that count; it does not include the uncertainty of the profile itself, so the real "
                        "uncertainty is larger. Rank areas with overlapping intervals as equals." );
  const QString suppressed = html::formatCount( model.suppressedCount() );
  const QString areas = html::formatCount( model.areaCount() );
  items << ( settings.minimumCount > 0
                 ? QObject::tr( "Areas with fewer than %1 households are suppressed: they are grey on the map, have no figures and are left out of the rankings and totals (%2 of %3 areas)." )
                       .arg( html::formatCount( settings.minimumCount ), suppressed, areas )
                 : QObject::tr( "Areas with too few households are suppressed: they are grey on the map, have no figures and are left out of the rankings and totals (%1 of %2 areas)." )
                       .arg( suppressed, areas ) );
  const QString overallShare = html::formatShare( model.overallShare() );
  items << ( settings.prevalence
                 ? QObject::tr( "The probabilities were calibrated to a prevalence of %1 of households; over the areas shown the expected share is %2." ).arg( html::formatShare( *settings.prevalence ), overallShare )
                 : QObject::tr( "The prevalence used in scoring was not given to this report; over the areas shown the expected share is %1." ).arg( overallShare ) );
  if ( settings.profile )
  {
    const engine::Profile &profile = *settings.profile;
    items << QObject::tr( "Profile: %1 seed households (%2) compared with %3 households (%4); file %5." )
                 .arg( html::formatCount( profile.seedCount ), QString::fromStdString( profile.seedExpression ), html::formatCount( profile.baseCount ),
                       profile.baseExpression.empty() ? QObject::tr( "all households" ) : QString::fromStdString( profile.baseExpression ), settings.profileFileName );
  }
  document.addList( items );
}

} // namespace

QImage renderAreaMap( const AreaReportModel &model, const QgsCoordinateTransformContext &transformContext, QStringList *errors )
{
  const std::unique_ptr<QgsVectorLayer> layer = mapLayer( model );
  const std::unique_ptr<QgsVectorLayer> outline = outlineLayer( model );
  QImage image( kAreaMapWidth, kAreaMapHeight, QImage::Format_ARGB32_Premultiplied );
  image.fill( Qt::white );
  QPainter painter( &image );
  painter.setRenderHint( QPainter::Antialiasing, true );

  const QSize mapSize( kAreaMapWidth - kAreaMapLegendWidth, kAreaMapHeight );
  QgsRectangle extent = layer->extent();
  if ( outline )
  {
    if ( extent.isNull() || extent.isEmpty() )
      extent = outline->extent();
    else
      extent.combineExtentWith( outline->extent() );
  }
  if ( !extent.isNull() && !extent.isEmpty() )
  {
    extent.scale( 1.04 ); // a small margin round the areas
    QgsMapSettings settings;
    QList<QgsMapLayer *> layers;
    if ( outline )
      layers << outline.get(); // on top
    settings.setLayers( layers << layer.get() );
    settings.setDestinationCrs( layer->crs() );
    settings.setTransformContext( transformContext );
    settings.setOutputSize( mapSize );
    settings.setOutputDpi( 96 );
    settings.setBackgroundColor( Qt::white );
    settings.setExtent( extent );
    QgsMapRendererCustomPainterJob job( settings, &painter );
    job.renderSynchronously();
    if ( errors )
    {
      for ( const QgsMapRendererJob::Error &error : job.errors() )
        *errors << error.message;
    }
  }
  else
  {
    painter.setPen( Qt::darkGray );
    painter.drawText( QRect( QPoint( 0, 0 ), mapSize ), Qt::AlignCenter, QObject::tr( "No area geometries to draw." ) );
  }
  drawLegend( painter, *layer, QObject::tr( "Expected share of target-group households" ) );
  painter.end();
  return image;
}

namespace
{

html::Document reportDocument( const AreaReportModel &model, const QString &mapUrl )
{
  const AreaReportSettings &settings = model.settings();
  html::Document document( settings.title.isEmpty() ? QObject::tr( "Target group: areas" ) : settings.title );
  if ( !settings.backLinkUrl.isEmpty() )
    document.addMarkup( QStringLiteral( "<p><a href=\"%1\">%2</a></p>\n" ).arg( html::escaped( settings.backLinkUrl ), html::escaped( settings.backLinkText ) ) );
  for ( const QString &paragraph : settings.introduction )
    document.addParagraph( paragraph );
  document.addParagraph( QObject::tr( "Areas: %1 (%2 areas, %3 suppressed)." )
                             .arg( model.sourceName(), html::formatCount( model.areaCount() ), html::formatCount( model.suppressedCount() ) ) );

  document.addHeading( 2, QObject::tr( "Map" ) );
  document.addImage( mapUrl, kPageMapWidth, QObject::tr( "Map of the expected share of target-group households per area" ) );
  // The same classes as the map's style (layerstyles.h): fewer for few areas or small differences.
  const int classes = styles::areaClassCount( model.mapShares() );
  document.addParagraph( classes > 1 ? QObject::tr( "Colour: the expected share of households that belong to the target group, in %1 classes with about equally many areas each. Grey areas are suppressed." ).arg( classes )
                                     : QObject::tr( "Colour: the expected share of households that belong to the target group; the areas differ too little (or are too few) for more than one class. Grey areas are suppressed." ) );
  if ( !model.settings().outline.isNull() )
    document.addParagraph( QObject::tr( "The dashed line is the boundary of the service area." ) );

  addTopByExpected( document, model );
  addMembership( document, model );
  addSoftCharacteristics( document, model );
  addMethods( document, model );
  return document;
}

} // namespace

QString areaReportHtml( const AreaReportModel &model, const QString &mapUrl )
{
  return reportDocument( model, mapUrl ).toHtml();
}

void writeAreaReport( const AreaReportModel &model, const QString &htmlPath, const QString &mapPath,
                      const QgsCoordinateTransformContext &transformContext, QgsProcessingFeedback *feedback )
{
  QStringList errors;
  const QImage image = renderAreaMap( model, transformContext, &errors );
  if ( feedback )
  {
    for ( const QString &error : std::as_const( errors ) )
      feedback->pushWarning( QObject::tr( "Map rendering: %1" ).arg( error ) );
  }
  QDir().mkpath( QFileInfo( mapPath ).absolutePath() );
  if ( !image.save( mapPath, "PNG" ) )
    throw QgsProcessingException( QObject::tr( "Could not write the map image %1. Check that the folder exists and is writable." ).arg( mapPath ) );
  if ( feedback )
    feedback->setProgress( 50 );

  reportDocument( model, html::relativeUrl( htmlPath, mapPath ) ).write( htmlPath );
  if ( feedback )
    feedback->setProgress( 100 );
}

} // namespace targetgroup
