// Generated from specs/wms/taobao.wlb.wms.sku.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.sku.create` (商品同步). */
export interface TaobaoWlbWmsSkuCreateRequest {
  /** 是否启用序列号管理 */
  is_sn_mgt?: boolean;
  /** 商品保质期天数 */
  lifecycle?: Int64Input;
  /** 是否启用保质期管理 */
  is_shelflife?: boolean;
  /** 批准文号 */
  approval_number?: string;
  /** 产地 */
  origin_address?: Int64Input;
  /** 毛重，单位克 */
  gross_weight?: Int64Input;
  /** 尺码 */
  size?: string;
  /** 颜色 */
  color?: string;
  /** 规格 */
  specification?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 品牌编码 */
  brand?: string;
  /** 商品类别名称 */
  category_name?: string;
  /** 商品类别编码（外部系统类别） */
  category?: string;
  /** 商品类别NORMAL：普通商品、COMBINE：组合商品、DISTRIBUTION：分销商品、HAOCAI耗材、FUSHUPIN附属品、BAOCAI 包材、XUNI虚拟商品、QITA其他) */
  type: string;
  /** 商品标题 */
  title?: string;
  /** 商品名称 */
  name: string;
  /** 条形码，多条码请用”；”分隔； */
  bar_code?: string;
  /** 商家商品编码 */
  item_code: string;
  /** 箱规 */
  pcs?: Int64Input;
  /** 体积，单位立方厘米 */
  volume?: Int64Input;
  /** 高度，单位毫米 */
  height?: Int64Input;
  /** 拓展属性 */
  extend_fields?: string;
  /** 启用标识 */
  use_yn: boolean;
  /** 是否启用批次管理 */
  is_batch_mgt?: boolean;
  /** 成本价，单位分 */
  cost_price?: Int64Input;
  /** 零售价，单位分 */
  item_price?: Int64Input;
  /** 吊牌价，单位分 */
  tag_price?: Int64Input;
  /** 是否危险品 */
  is_danger?: boolean;
  /** 是否易碎品 */
  is_hygroscopic?: boolean;
  /** 宽度，单位毫米 */
  width?: Int64Input;
  /** 长度，单位毫米 */
  length?: Int64Input;
  /** 净重，单位克 */
  net_weight?: Int64Input;
  /** 仓库编码 */
  store_code?: string;
  /** 保质期预警天数 */
  advent_lifecycle?: Int64Input;
  /** 保质期禁收天数 */
  reject_lifecycle?: Int64Input;
  /** 保质期禁售天数 */
  lockup_lifecycle?: Int64Input;
  /** 商家商品ID */
  item_id?: string;
  /** 是否区域销售 */
  is_area_sale?: boolean;
}

/** Response of `taobao.wlb.wms.sku.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsSkuCreateResponse {
  /** 系统自动生成 */
  item_id?: Int64;
  /** 错误信息 */
  wl_error_msg?: string;
  /** 是否成功 */
  wl_success?: boolean;
  /** 错误码 */
  wl_error_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  is_sn_mgt: 'Boolean',
  lifecycle: 'Number',
  is_shelflife: 'Boolean',
  approval_number: 'String',
  origin_address: 'Number',
  gross_weight: 'Number',
  size: 'String',
  color: 'String',
  specification: 'String',
  brand_name: 'String',
  brand: 'String',
  category_name: 'String',
  category: 'String',
  type: 'String',
  title: 'String',
  name: 'String',
  bar_code: 'String',
  item_code: 'String',
  pcs: 'Number',
  volume: 'Number',
  height: 'Number',
  extend_fields: 'String',
  use_yn: 'Boolean',
  is_batch_mgt: 'Boolean',
  cost_price: 'Number',
  item_price: 'Number',
  tag_price: 'Number',
  is_danger: 'Boolean',
  is_hygroscopic: 'Boolean',
  width: 'Number',
  length: 'Number',
  net_weight: 'Number',
  store_code: 'String',
  advent_lifecycle: 'Number',
  reject_lifecycle: 'Number',
  lockup_lifecycle: 'Number',
  item_id: 'String',
  is_area_sale: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_id: 'Number',
  wl_error_msg: 'String',
  wl_success: 'Boolean',
  wl_error_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.sku.create`: method, response root, request and response schemas. */
export const taobaoWlbWmsSkuCreateOperation = {
  method: 'taobao.wlb.wms.sku.create',
  responseRoot: 'wlb_wms_sku_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品同步 — calls TOP method `taobao.wlb.wms.sku.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsSkuCreate(
  client: TopClient,
  request: TaobaoWlbWmsSkuCreateRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsSkuCreateResponse> {
  return client.call<TaobaoWlbWmsSkuCreateResponse>(
    {
      method: 'taobao.wlb.wms.sku.create',
      responseRoot: 'wlb_wms_sku_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
