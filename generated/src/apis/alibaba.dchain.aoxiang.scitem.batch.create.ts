// Generated from specs/ascp/alibaba.dchain.aoxiang.scitem.batch.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.scitem.batch.create` (新建货品). */
export interface AlibabaDchainAoxiangScitemBatchCreateRequest {
  /** 批量新建货品入参，数量不大于30 */
  batch_create_scitem_request: AlibabaDchainAoxiangScitemBatchCreateBatchCreateScItemRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.scitem.batch.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangScitemBatchCreateResponse {
  /** 返回结构体 */
  batch_create_scitem_response?: AlibabaDchainAoxiangScitemBatchCreateBatchCreateScItemResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchCreateScItemRequest` of `alibaba.dchain.aoxiang.scitem.batch.create`. */
export interface AlibabaDchainAoxiangScitemBatchCreateBatchCreateScItemRequestInput {
  /** 货品列表，批量数量不大于30 */
  sc_items: AlibabaDchainAoxiangScitemBatchCreateScItemInput[];
  /** 业务请求时间 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
}

/** `ScItem` of `alibaba.dchain.aoxiang.scitem.batch.create`. */
export interface AlibabaDchainAoxiangScitemBatchCreateScItemInput {
  /** 货品名称 */
  sc_item_name: string;
  /** 货品商家编码 */
  sc_item_code: string;
  /** 货品条码 */
  bar_code?: string;
  /** 行业。综合-NORMAL 图书-BOOKS 美妆-BEAUTY */
  industry: string;
  /** 货主编码；优仓分配，长度不会超过32位，不含特殊字符 */
  owner_code: string;
  /** 仓库编码。需要下发仓库时，必填 */
  warehouse_code?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 类目名称 */
  category_name?: string;
  /** 货品主图。填写URL */
  pic_path?: string;
  /** 长(毫米) */
  length?: Int64Input;
  /** 宽(毫米) */
  width?: Int64Input;
  /** 高(毫米) */
  height?: Int64Input;
  /** 重量(毫克) */
  weight?: Int64Input;
  /** 零售价，单位:分，如:20007，表示:20元7分 */
  retail_price?: Int64Input;
  /** 是否危险品，1=是，0=否 */
  hazardous?: Int64Input;
  /** 是否易碎品，1=是，0=否 */
  fragile?: Int64Input;
  /** 是否液体，1=是，0=否 */
  liquid?: Int64Input;
  /** 是否贵重品，1=是，0=否 */
  precious?: Int64Input;
  /** 存储条件。NORMAL： 常温 COOL： 阴凉 5°C-12°C FRESHNESS：保鲜 0°C-4°C REEFER：冷藏 -18°C-0°C THERMOSTATIC：恒温 18°C-25°C FROZEN：冷冻 <-18°C COOL_AND_DRY：阴凉干燥 5°C-25°C,相对湿度65%以下 */
  storage_environment?: string;
  /** 备注 */
  remark?: string;
  /** 非必填（如果是基础扩展字段，字段名称加上前缀common.；如果是行业扩展字段，字段名称加上前缀industry.） */
  extend_props?: string;
  /** 采购价格 */
  purchase_prices?: AlibabaDchainAoxiangScitemBatchCreatePurchasePriceInput[];
  /** 币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢 */
  currency?: string;
  /** 是否需要下发仓。0表示否，1表示是 */
  need_notify_warehouse: Int64Input;
  /** 仓库货品编码 */
  warehouse_sc_item_code?: string;
}

/** `PurchasePrice` of `alibaba.dchain.aoxiang.scitem.batch.create`. */
export interface AlibabaDchainAoxiangScitemBatchCreatePurchasePriceInput {
  /** 采购价，单位:分 */
  price?: Int64Input;
  /** 币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢 */
  currency?: string;
  /** 供应商名称 */
  supplier_name?: string;
}

/** `BatchCreateScItemResponse` of `alibaba.dchain.aoxiang.scitem.batch.create`. */
export interface AlibabaDchainAoxiangScitemBatchCreateBatchCreateScItemResponse {
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangScitemBatchCreateBatchCreateScItemResult;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

/** `BatchCreateScItemResult` of `alibaba.dchain.aoxiang.scitem.batch.create`. */
export interface AlibabaDchainAoxiangScitemBatchCreateBatchCreateScItemResult {
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 结果明细 */
  detail?: AlibabaDchainAoxiangScitemBatchCreateDetailItem[];
}

/** `DetailItem` of `alibaba.dchain.aoxiang.scitem.batch.create`. */
export interface AlibabaDchainAoxiangScitemBatchCreateDetailItem {
  /** 成功或者失败 */
  success?: boolean;
  /** 货品商家编码 */
  sc_item_code?: string;
  /** 返回信息码 */
  code?: string;
  /** 返回信息 */
  message?: string;
  /** 翱象货品ID */
  sc_item_id?: string;
  /** 货品商家条码 */
  sc_item_bar_code?: string;
}

const REQUEST_SCHEMA = {
  batch_create_scitem_request: {
    sc_items: [
      {
        sc_item_name: 'String',
        sc_item_code: 'String',
        bar_code: 'String',
        industry: 'String',
        owner_code: 'String',
        warehouse_code: 'String',
        brand_name: 'String',
        category_name: 'String',
        pic_path: 'String',
        length: 'Number',
        width: 'Number',
        height: 'Number',
        weight: 'Number',
        retail_price: 'Number',
        hazardous: 'Number',
        fragile: 'Number',
        liquid: 'Number',
        precious: 'Number',
        storage_environment: 'String',
        remark: 'String',
        extend_props: 'String',
        purchase_prices: [
          {
            price: 'Number',
            currency: 'String',
            supplier_name: 'String',
          },
        ],
        currency: 'String',
        need_notify_warehouse: 'Number',
        warehouse_sc_item_code: 'String',
      },
    ],
    request_time: 'Number',
    request_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_create_scitem_response: {
    data: {
      result: 'String',
      detail: [
        {
          success: 'Boolean',
          sc_item_code: 'String',
          code: 'String',
          message: 'String',
          sc_item_id: 'String',
          sc_item_bar_code: 'String',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.scitem.batch.create`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangScitemBatchCreateOperation = {
  method: 'alibaba.dchain.aoxiang.scitem.batch.create',
  responseRoot: 'alibaba_dchain_aoxiang_scitem_batch_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建货品 — calls TOP method `alibaba.dchain.aoxiang.scitem.batch.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangScitemBatchCreate(
  client: TopClient,
  request: AlibabaDchainAoxiangScitemBatchCreateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangScitemBatchCreateResponse> {
  return client.call<AlibabaDchainAoxiangScitemBatchCreateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.scitem.batch.create',
      responseRoot: 'alibaba_dchain_aoxiang_scitem_batch_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
