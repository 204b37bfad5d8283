// Generated from specs/wdk/alibaba.wdkorder.sharestock.fulfill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkorder.sharestock.fulfill.get` (商户订单履约数据获取). */
export interface AlibabaWdkorderSharestockFulfillGetRequest {
  /** 履约单ID */
  fulfill_order_id: string;
}

/** Response of `alibaba.wdkorder.sharestock.fulfill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkorderSharestockFulfillGetResponse {
  /** 调用结果 */
  result?: AlibabaWdkorderSharestockFulfillGetMaochaoOrderFulfillQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MaochaoOrderFulfillQueryResult` of `alibaba.wdkorder.sharestock.fulfill.get`. */
export interface AlibabaWdkorderSharestockFulfillGetMaochaoOrderFulfillQueryResult {
  /** 是否调用成功 */
  success?: boolean;
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
  /** 履约单列表 */
  fulfill_order_list?: AlibabaWdkorderSharestockFulfillGetMaochaoWdkOrderFulfillDto[];
}

/** `MaochaoWdkOrderFulfillDto` of `alibaba.wdkorder.sharestock.fulfill.get`. */
export interface AlibabaWdkorderSharestockFulfillGetMaochaoWdkOrderFulfillDto {
  /** 主站子订单ID */
  tb_sub_order_id?: Int64;
  /** 五道口订单ID */
  biz_order_id?: Int64;
  /** 五道口子订单ID */
  biz_sub_order_id?: Int64;
  /** 商户编码 */
  merchant_code?: string;
  /** 经营店ID */
  store_id?: string;
  /** 拣货数量 */
  pick_amount_stock?: string;
  /** 扩展属性 */
  attributes?: string;
  /** 履约状态 */
  fulfill_status?: string;
  /** 主站订单ID */
  tb_order_id?: Int64;
  /** 渠道店ID */
  shop_id?: string;
  /** 返仓数量 */
  enter_warehouse_stock_quantity?: string;
}

const REQUEST_SCHEMA = {
  fulfill_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
    fulfill_order_list: [
      {
        tb_sub_order_id: 'Number',
        biz_order_id: 'Number',
        biz_sub_order_id: 'Number',
        merchant_code: 'String',
        store_id: 'String',
        pick_amount_stock: 'String',
        attributes: 'String',
        fulfill_status: 'String',
        tb_order_id: 'Number',
        shop_id: 'String',
        enter_warehouse_stock_quantity: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkorder.sharestock.fulfill.get`: method, response root, request and response schemas. */
export const alibabaWdkorderSharestockFulfillGetOperation = {
  method: 'alibaba.wdkorder.sharestock.fulfill.get',
  responseRoot: 'alibaba_wdkorder_sharestock_fulfill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户订单履约数据获取 — calls TOP method `alibaba.wdkorder.sharestock.fulfill.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkorderSharestockFulfillGet(
  client: TopClient,
  request: AlibabaWdkorderSharestockFulfillGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkorderSharestockFulfillGetResponse> {
  return client.call<AlibabaWdkorderSharestockFulfillGetResponse>(
    {
      method: 'alibaba.wdkorder.sharestock.fulfill.get',
      responseRoot: 'alibaba_wdkorder_sharestock_fulfill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
