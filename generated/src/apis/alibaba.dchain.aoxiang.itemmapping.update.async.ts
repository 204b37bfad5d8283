// Generated from specs/ascp/alibaba.dchain.aoxiang.itemmapping.update.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.itemmapping.update.async` (创建/更新商货品关联关系). */
export interface AlibabaDchainAoxiangItemmappingUpdateAsyncRequest {
  /** 请求入参 */
  item_mapping_update_request: AlibabaDchainAoxiangItemmappingUpdateAsyncItemMappingUpdateAsyncRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.itemmapping.update.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemmappingUpdateAsyncResponse {
  /** 请求出参 */
  item_mapping_update_response?: AlibabaDchainAoxiangItemmappingUpdateAsyncItemMappingUpdateAsyncResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemMappingUpdateAsyncRequest` of `alibaba.dchain.aoxiang.itemmapping.update.async`. */
export interface AlibabaDchainAoxiangItemmappingUpdateAsyncItemMappingUpdateAsyncRequestInput {
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 商货品关联列表 */
  item_mappings: AlibabaDchainAoxiangItemmappingUpdateAsyncItemMappingInput[];
}

/** `ItemMapping` of `alibaba.dchain.aoxiang.itemmapping.update.async`. */
export interface AlibabaDchainAoxiangItemmappingUpdateAsyncItemMappingInput {
  /** 商品id */
  item_id: string;
  /** 有SKU情况下必填；无SKU情况下为空（同一个itemid不可以同时既传有sku又传空的情况） */
  sku_id?: string;
  /** ERP货品id（包括组合货品和原子货品） */
  sc_item_id: string;
}

/** `ItemMappingUpdateAsyncResponse` of `alibaba.dchain.aoxiang.itemmapping.update.async`. */
export interface AlibabaDchainAoxiangItemmappingUpdateAsyncItemMappingUpdateAsyncResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemmappingUpdateAsyncDataDetail[];
  /** 0=接收失败，1=接收成功 */
  result?: string;
}

/** `DataDetail` of `alibaba.dchain.aoxiang.itemmapping.update.async`. */
export interface AlibabaDchainAoxiangItemmappingUpdateAsyncDataDetail {
  /** 商品id */
  item_id?: string;
  /** 有SKU情况下必填；无SKU情况下为空（同一个itemid不可以同时既传有sku又传空的情况） */
  sku_id?: string;
  /** ERP货品id（包括组合货品和原子货品） */
  sc_item_id?: string;
  /** 响应码 */
  err_code?: string;
  /** 响应信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  item_mapping_update_request: {
    request_time: 'Number',
    request_id: 'String',
    item_mappings: [
      {
        item_id: 'String',
        sku_id: 'String',
        sc_item_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_mapping_update_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: [
      {
        item_id: 'String',
        sku_id: 'String',
        sc_item_id: 'String',
        err_code: 'String',
        err_msg: 'String',
      },
    ],
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.itemmapping.update.async`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemmappingUpdateAsyncOperation = {
  method: 'alibaba.dchain.aoxiang.itemmapping.update.async',
  responseRoot: 'alibaba_dchain_aoxiang_itemmapping_update_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建/更新商货品关联关系 — calls TOP method `alibaba.dchain.aoxiang.itemmapping.update.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemmappingUpdateAsync(
  client: TopClient,
  request: AlibabaDchainAoxiangItemmappingUpdateAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemmappingUpdateAsyncResponse> {
  return client.call<AlibabaDchainAoxiangItemmappingUpdateAsyncResponse>(
    {
      method: 'alibaba.dchain.aoxiang.itemmapping.update.async',
      responseRoot: 'alibaba_dchain_aoxiang_itemmapping_update_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
