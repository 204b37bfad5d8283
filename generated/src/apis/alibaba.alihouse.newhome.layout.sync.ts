// Generated from specs/alihouse/alibaba.alihouse.newhome.layout.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.layout.sync` (房通户型数据同步). */
export interface AlibabaAlihouseNewhomeLayoutSyncRequest {
  /** 数据 */
  sync_project_layout_data: AlibabaAlihouseNewhomeLayoutSyncSyncProjectLayoutDtoInput;
}

/** Response of `alibaba.alihouse.newhome.layout.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeLayoutSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeLayoutSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncProjectLayoutDto` of `alibaba.alihouse.newhome.layout.sync`. */
export interface AlibabaAlihouseNewhomeLayoutSyncSyncProjectLayoutDtoInput {
  /** 户型图片多张以英文逗号隔开 */
  layout_images?: string;
  /** 户型均价 */
  avg_price?: string;
  /** 户型总价 */
  total_price?: string;
  /** 室内面积 */
  inside_area?: string;
  /** 建筑面积 */
  construction_area?: string;
  /** 卫数量 */
  bathroom: string;
  /** 厅数量 */
  hall: string;
  /** 室数量 */
  room: string;
  /** 楼盘ID */
  outer_id: string;
  /** 户型外部唯一ID */
  outer_layout_id: string;
  /** 户型名称 */
  layout_name: string;
  /** 朝向 */
  orientation?: Int64Input;
  /** 描述说明 */
  description?: string;
  /** 是否删除 1 是 0 否 */
  is_deleted?: string;
  /** 数据源类型 （1-新房 2-二手房） */
  source_type?: Int64Input;
  /** 是否是主力户型 */
  is_main_layout?: Int64Input;
  /** 户型标签 */
  layout_label?: string;
  /** 销售状态 */
  sales_status?: Int64Input;
  /** 厨房数量 */
  kitchen?: string;
  /** 是否开放厨房 1-是 0-否 */
  open_kitchen?: Int64Input;
  /** 服务设施 */
  service_facility?: string;
  /** 商品ID */
  item_id?: Int64Input;
  /** 外部项目店ID */
  outer_store_id?: string;
  /** 外部货ID */
  outer_tid?: string;
  /** 类型 */
  type?: Int64Input;
  /** 绑定的品 */
  extend?: AlibabaAlihouseNewhomeLayoutSyncGoodsRelationDTOInput[];
  /** 绑定的货 */
  relation_cargos?: AlibabaAlihouseNewhomeLayoutSyncGoodsRelationDTOInput[];
  /** 物业类型 */
  estate_type?: Int64Input;
  /** 视频封面图 */
  video_cover_img?: string;
  /** 视频URL */
  video_url?: string;
  /** eCode */
  e_code?: string;
  /** 外部经纪人ID */
  outer_broker_id?: string;
  /** 装修标准 */
  decoration_standard?: Int64Input;
  /** 1栋 */
  building_describe?: string;
  /** 1 */
  balcony?: string;
  /** 1,2 */
  belong_buildings?: string;
  /** 1,2 */
  belong_units?: string;
  /** 1,2 */
  belong_rooms?: string;
  /** 1,2 */
  room_number?: string;
  /** 1,2 */
  outer_consultant_ids?: string[];
}

/** `GoodsRelationDTO` of `alibaba.alihouse.newhome.layout.sync`. */
export interface AlibabaAlihouseNewhomeLayoutSyncGoodsRelationDTOInput {
  /** 商品ID */
  relation_item_id?: Int64Input;
  /** SKUID */
  relation_sku_id?: Int64Input;
  /** 类型 */
  type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.layout.sync`. */
export interface AlibabaAlihouseNewhomeLayoutSyncResult {
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
  /** 返回户型ID */
  data?: string;
}

const REQUEST_SCHEMA = {
  sync_project_layout_data: {
    layout_images: 'String',
    avg_price: 'String',
    total_price: 'String',
    inside_area: 'String',
    construction_area: 'String',
    bathroom: 'String',
    hall: 'String',
    room: 'String',
    outer_id: 'String',
    outer_layout_id: 'String',
    layout_name: 'String',
    orientation: 'Number',
    description: 'String',
    is_deleted: 'String',
    source_type: 'Number',
    is_main_layout: 'Number',
    layout_label: 'String',
    sales_status: 'Number',
    kitchen: 'String',
    open_kitchen: 'Number',
    service_facility: 'String',
    item_id: 'Number',
    outer_store_id: 'String',
    outer_tid: 'String',
    type: 'Number',
    extend: [
      {
        relation_item_id: 'Number',
        relation_sku_id: 'Number',
        type: 'Number',
      },
    ],
    relation_cargos: [
      {
        relation_item_id: 'Number',
        relation_sku_id: 'Number',
        type: 'Number',
      },
    ],
    estate_type: 'Number',
    video_cover_img: 'String',
    video_url: 'String',
    e_code: 'String',
    outer_broker_id: 'String',
    decoration_standard: 'Number',
    building_describe: 'String',
    balcony: 'String',
    belong_buildings: 'String',
    belong_units: 'String',
    belong_rooms: 'String',
    room_number: 'String',
    outer_consultant_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    message: 'String',
    code: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.layout.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeLayoutSyncOperation = {
  method: 'alibaba.alihouse.newhome.layout.sync',
  responseRoot: 'alibaba_alihouse_newhome_layout_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房通户型数据同步 — calls TOP method `alibaba.alihouse.newhome.layout.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeLayoutSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeLayoutSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeLayoutSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeLayoutSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.layout.sync',
      responseRoot: 'alibaba_alihouse_newhome_layout_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
