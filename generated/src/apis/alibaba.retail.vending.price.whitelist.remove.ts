// Generated from specs/retail/alibaba.retail.vending.price.whitelist.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.vending.price.whitelist.remove` (价格管控白名单去除). */
export interface AlibabaRetailVendingPriceWhitelistRemoveRequest {
  /** 淘宝用户ID */
  seller_id?: Int64Input;
  /**
   * 设备编码 device_code_list, device_uuid_list 二选一必填
   *
   * Max list size: 20
   */
  device_code_list?: string[];
  /**
   * 外部设备编码 device_code_list, device_uuid_list 二选一必填
   *
   * Max list size: 20
   */
  device_uuid_list?: string[];
  /** 条码 */
  barcode: string;
  /** 如果该参数传入，条码以商品条码为准 */
  item_id?: Int64Input;
  /** 是否生效到所有设备 */
  all_device?: boolean;
}

/** Response of `alibaba.retail.vending.price.whitelist.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailVendingPriceWhitelistRemoveResponse {
  /** 返回结果 */
  result?: AlibabaRetailVendingPriceWhitelistRemoveResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.retail.vending.price.whitelist.remove`. */
export interface AlibabaRetailVendingPriceWhitelistRemoveResultDo {
  /** 成功标识 */
  succ?: boolean;
  /** 错误码 */
  code?: string;
  /** 错误消息 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
  device_code_list: ['String'],
  device_uuid_list: ['String'],
  barcode: 'String',
  item_id: 'Number',
  all_device: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    succ: 'Boolean',
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.vending.price.whitelist.remove`: method, response root, request and response schemas. */
export const alibabaRetailVendingPriceWhitelistRemoveOperation = {
  method: 'alibaba.retail.vending.price.whitelist.remove',
  responseRoot: 'alibaba_retail_vending_price_whitelist_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价格管控白名单去除 — calls TOP method `alibaba.retail.vending.price.whitelist.remove`.
 *
 * 商家价格管控白名单去除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailVendingPriceWhitelistRemove(
  client: TopClient,
  request: AlibabaRetailVendingPriceWhitelistRemoveRequest,
  options?: CallOptions,
): Promise<AlibabaRetailVendingPriceWhitelistRemoveResponse> {
  return client.call<AlibabaRetailVendingPriceWhitelistRemoveResponse>(
    {
      method: 'alibaba.retail.vending.price.whitelist.remove',
      responseRoot: 'alibaba_retail_vending_price_whitelist_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
