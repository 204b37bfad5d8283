// Generated from specs/ascp/alibaba.dchain.aoxiang.combinescitem.batch.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.combinescitem.batch.create` (新建组合货品). */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateRequest {
  /** 批量新建组合货品入参 */
  batch_create_combine_scitem_request: AlibabaDchainAoxiangCombinescitemBatchCreateBatchCreateCombineScItemRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.combinescitem.batch.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateResponse {
  /** 返回结构体 */
  batch_create_combine_scitem_response?: AlibabaDchainAoxiangCombinescitemBatchCreateBatchCreateCombineScItemResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchCreateCombineScItemRequest` of `alibaba.dchain.aoxiang.combinescitem.batch.create`. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateBatchCreateCombineScItemRequestInput {
  /** 组合货品列表;批量数量不大于30 */
  combine_sc_items: AlibabaDchainAoxiangCombinescitemBatchCreateCombineScItemInput[];
  /** 业务请求时间 */
  request_time: Int64Input;
  /** 业务请求ID */
  request_id: string;
}

/** `CombineScItem` of `alibaba.dchain.aoxiang.combinescitem.batch.create`. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateCombineScItemInput {
  /** 货主编码；优仓分配，长度不会超过32位，不含特殊字符 */
  owner_code: string;
  /** 组合货品商家编码 */
  combine_sc_item_code: string;
  /** 组合货品名称 */
  combine_sc_item_name: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 类目名称 */
  category_name?: string;
  /** 零售价（人民币-分） */
  retail_price?: Int64Input;
  /** 备注 */
  remark?: string;
  /** 子货品列表 */
  sub_sc_items: AlibabaDchainAoxiangCombinescitemBatchCreateSubScItemInput[];
  /** 币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢 */
  currency?: string;
}

/** `SubScItem` of `alibaba.dchain.aoxiang.combinescitem.batch.create`. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateSubScItemInput {
  /** 子货品商家编码 */
  sc_item_code: string;
  /** 子货品数量 */
  quantity: Int64Input;
  /** 子货品零售价（人民币-分） */
  retail_price: Int64Input;
  /** 固定价格，1=是，0=否 */
  fixed_price?: Int64Input;
  /** 币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢 */
  currency: string;
}

/** `BatchCreateCombineScItemResponse` of `alibaba.dchain.aoxiang.combinescitem.batch.create`. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateBatchCreateCombineScItemResponse {
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangCombinescitemBatchCreateBatchCreateCombineScItemResult;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

/** `BatchCreateCombineScItemResult` of `alibaba.dchain.aoxiang.combinescitem.batch.create`. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateBatchCreateCombineScItemResult {
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 结果明细 */
  detail?: AlibabaDchainAoxiangCombinescitemBatchCreateDetailItem[];
}

/** `DetailItem` of `alibaba.dchain.aoxiang.combinescitem.batch.create`. */
export interface AlibabaDchainAoxiangCombinescitemBatchCreateDetailItem {
  /** 成功或者失败 */
  success?: boolean;
  /** 组合货品商家编码 */
  combine_sc_item_code?: string;
  /** 返回信息码 */
  code?: string;
  /** 返回信息 */
  message?: string;
  /** 组合货品翱象Id */
  combine_sc_item_id?: string;
}

const REQUEST_SCHEMA = {
  batch_create_combine_scitem_request: {
    combine_sc_items: [
      {
        owner_code: 'String',
        combine_sc_item_code: 'String',
        combine_sc_item_name: 'String',
        brand_name: 'String',
        category_name: 'String',
        retail_price: 'Number',
        remark: 'String',
        sub_sc_items: [
          {
            sc_item_code: 'String',
            quantity: 'Number',
            retail_price: 'Number',
            fixed_price: 'Number',
            currency: 'String',
          },
        ],
        currency: 'String',
      },
    ],
    request_time: 'Number',
    request_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_create_combine_scitem_response: {
    data: {
      result: 'String',
      detail: [
        {
          success: 'Boolean',
          combine_sc_item_code: 'String',
          code: 'String',
          message: 'String',
          combine_sc_item_id: 'String',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.combinescitem.batch.create`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangCombinescitemBatchCreateOperation = {
  method: 'alibaba.dchain.aoxiang.combinescitem.batch.create',
  responseRoot: 'alibaba_dchain_aoxiang_combinescitem_batch_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建组合货品 — calls TOP method `alibaba.dchain.aoxiang.combinescitem.batch.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangCombinescitemBatchCreate(
  client: TopClient,
  request: AlibabaDchainAoxiangCombinescitemBatchCreateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangCombinescitemBatchCreateResponse> {
  return client.call<AlibabaDchainAoxiangCombinescitemBatchCreateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.combinescitem.batch.create',
      responseRoot: 'alibaba_dchain_aoxiang_combinescitem_batch_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
