// Generated from specs/wdk/alibaba.wdk.bm.paiyang.supply.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bm.paiyang.supply.publish` (派样商品库存变更同步接口). */
export interface AlibabaWdkBmPaiyangSupplyPublishRequest {
  /** 请求入参 */
  isv_supply_sync_param: AlibabaWdkBmPaiyangSupplyPublishIsvSupplySyncParamInput;
}

/** Response of `alibaba.wdk.bm.paiyang.supply.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBmPaiyangSupplyPublishResponse {
  /** 请求出参 */
  result?: AlibabaWdkBmPaiyangSupplyPublishBmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvSupplySyncParam` of `alibaba.wdk.bm.paiyang.supply.publish`. */
export interface AlibabaWdkBmPaiyangSupplyPublishIsvSupplySyncParamInput {
  /** 商品条码 */
  barcode?: string;
  /** 订单id，用来唯一标识库存流转记录，避免重复同步 */
  order_id?: Int64Input;
  /** 仓类型，warehouse是大仓、shop是店仓 */
  warehouse_type?: string;
  /** 仓编码 */
  warehouse_code?: string;
  /** 仓名称 */
  warehouse?: string;
  /** 库存变动类型，arrive是到货、deliver是出货、lose是丢货 */
  modify_type?: string;
  /** 库存变动数量，到货是正值、出货是负值、丢货是负值 */
  modify_quantity?: Int64Input;
  /** 库存变动时间 */
  modify_time?: DateInput;
  /** 操作人 */
  operator?: string;
  /** 派样活动id */
  sample_activity_id?: Int64Input;
}

/** `BmResult` of `alibaba.wdk.bm.paiyang.supply.publish`. */
export interface AlibabaWdkBmPaiyangSupplyPublishBmResult {
  /** 派样活动id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  isv_supply_sync_param: {
    barcode: 'String',
    order_id: 'Number',
    warehouse_type: 'String',
    warehouse_code: 'String',
    warehouse: 'String',
    modify_type: 'String',
    modify_quantity: 'Number',
    modify_time: 'Date',
    operator: 'String',
    sample_activity_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bm.paiyang.supply.publish`: method, response root, request and response schemas. */
export const alibabaWdkBmPaiyangSupplyPublishOperation = {
  method: 'alibaba.wdk.bm.paiyang.supply.publish',
  responseRoot: 'alibaba_wdk_bm_paiyang_supply_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 派样商品库存变更同步接口 — calls TOP method `alibaba.wdk.bm.paiyang.supply.publish`.
 *
 * 淘鲜达接入第三方进行派样，第三方同步大仓和门店的库存变更信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBmPaiyangSupplyPublish(
  client: TopClient,
  request: AlibabaWdkBmPaiyangSupplyPublishRequest,
  options?: CallOptions,
): Promise<AlibabaWdkBmPaiyangSupplyPublishResponse> {
  return client.call<AlibabaWdkBmPaiyangSupplyPublishResponse>(
    {
      method: 'alibaba.wdk.bm.paiyang.supply.publish',
      responseRoot: 'alibaba_wdk_bm_paiyang_supply_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
