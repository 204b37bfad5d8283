// Generated from specs/wlbimports/cainiao.global.im.pickup.bigbag.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.bigbag.info` (大包状态查询). */
export interface CainiaoGlobalImPickupBigbagInfoRequest {
  /** 请求参数 */
  bigbag_status_request: CainiaoGlobalImPickupBigbagInfoBigbagStatusRequestInput;
}

/** Response of `cainiao.global.im.pickup.bigbag.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupBigbagInfoResponse {
  /** hsfResult */
  hsf_result?: CainiaoGlobalImPickupBigbagInfoHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BigbagStatusRequest` of `cainiao.global.im.pickup.bigbag.info`. */
export interface CainiaoGlobalImPickupBigbagInfoBigbagStatusRequestInput {
  /** 大包id */
  bigbag_id: Int64Input;
  /** 商家id */
  seller_id: Int64Input;
}

/** `HsfResult` of `cainiao.global.im.pickup.bigbag.info`. */
export interface CainiaoGlobalImPickupBigbagInfoHsfResult {
  /** 是否响应正常 */
  success?: boolean;
  /** 异常code */
  error_code?: string;
  /** 网络异常code */
  internal_error_code?: string;
  /** 异常消息 */
  error_msg?: string;
  /** 响应体 */
  data?: CainiaoGlobalImPickupBigbagInfoBigbagStatusResponse;
}

/** `BigbagStatusResponse` of `cainiao.global.im.pickup.bigbag.info`. */
export interface CainiaoGlobalImPickupBigbagInfoBigbagStatusResponse {
  /** handoverContentId */
  bigbag_id?: Int64;
  /** handoverContentCode */
  bigbag_code?: string;
  /** 交接物状态，draft：草稿、committed：已提交、awaiting_tracking_number：等待分配运单号、awaiting_pickup：等待揽收、pickup：已揽收、pickup_failed：揽收失败、arrived：已到达、signed_normal：签收正常、signed_abnormal：签收异常、signed_failed：签收失败、canceled：已取消、cancel_failure：取消失败、canceling：取消中 */
  status?: string;
  /** 更新时间（北京时间） */
  gmt_modified?: string;
  /** parcelOrderList */
  parcel_order_list?: CainiaoGlobalImPickupBigbagInfoParcelOrderStatusResponse[];
}

/** `ParcelOrderStatusResponse` of `cainiao.global.im.pickup.bigbag.info`. */
export interface CainiaoGlobalImPickupBigbagInfoParcelOrderStatusResponse {
  /** 小包LP */
  logistics_order_code?: string;
  /** 状态，init:初始化、inbound_normal：入库正常、inbound_abnormal：入库异常 */
  status?: string;
}

const REQUEST_SCHEMA = {
  bigbag_status_request: {
    bigbag_id: 'Number',
    seller_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
    data: {
      bigbag_id: 'Number',
      bigbag_code: 'String',
      status: 'String',
      gmt_modified: 'String',
      parcel_order_list: [
        {
          logistics_order_code: 'String',
          status: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.bigbag.info`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupBigbagInfoOperation = {
  method: 'cainiao.global.im.pickup.bigbag.info',
  responseRoot: 'cainiao_global_im_pickup_bigbag_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大包状态查询 — calls TOP method `cainiao.global.im.pickup.bigbag.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupBigbagInfo(
  client: TopClient,
  request: CainiaoGlobalImPickupBigbagInfoRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupBigbagInfoResponse> {
  return client.call<CainiaoGlobalImPickupBigbagInfoResponse>(
    {
      method: 'cainiao.global.im.pickup.bigbag.info',
      responseRoot: 'cainiao_global_im_pickup_bigbag_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
