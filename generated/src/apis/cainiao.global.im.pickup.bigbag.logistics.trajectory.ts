// Generated from specs/wlbimports/cainiao.global.im.pickup.bigbag.logistics.trajectory.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.im.pickup.bigbag.logistics.trajectory` (大包物流轨迹查询). */
export interface CainiaoGlobalImPickupBigbagLogisticsTrajectoryRequest {
  /** 大包物流轨迹查询请求参数 */
  bigbag_logistics_query_request: CainiaoGlobalImPickupBigbagLogisticsTrajectoryBigbagLogisticsQueryRequestInput;
}

/** Response of `cainiao.global.im.pickup.bigbag.logistics.trajectory`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalImPickupBigbagLogisticsTrajectoryResponse {
  /** 响应体 */
  hsf_result?: CainiaoGlobalImPickupBigbagLogisticsTrajectoryHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BigbagLogisticsQueryRequest` of `cainiao.global.im.pickup.bigbag.logistics.trajectory`. */
export interface CainiaoGlobalImPickupBigbagLogisticsTrajectoryBigbagLogisticsQueryRequestInput {
  /** 商家id */
  seller_id: Int64Input;
  /** 大包id */
  bigbag_id: Int64Input;
}

/** `HsfResult` of `cainiao.global.im.pickup.bigbag.logistics.trajectory`. */
export interface CainiaoGlobalImPickupBigbagLogisticsTrajectoryHsfResult {
  /** 大包物流轨迹查询返回值 */
  data?: CainiaoGlobalImPickupBigbagLogisticsTrajectoryBigbagLogisticsTrajectoryResponse;
  /** 系统响应结果 */
  success?: boolean;
  /** 异常码 */
  error_code?: string;
  /** 网络异常码 */
  internal_error_code?: string;
  /** 异常提示 */
  error_msg?: string;
}

/** `BigbagLogisticsTrajectoryResponse` of `cainiao.global.im.pickup.bigbag.logistics.trajectory`. */
export interface CainiaoGlobalImPickupBigbagLogisticsTrajectoryBigbagLogisticsTrajectoryResponse {
  /** 大包物流轨迹集合 */
  logistics_trajectory_info_list?: CainiaoGlobalImPickupBigbagLogisticsTrajectoryBigBagLogisticsTrajectoryInfoResponse[];
}

/** `BigBagLogisticsTrajectoryInfoResponse` of `cainiao.global.im.pickup.bigbag.logistics.trajectory`. */
export interface CainiaoGlobalImPickupBigbagLogisticsTrajectoryBigBagLogisticsTrajectoryInfoResponse {
  /** 操作时间 */
  operate_time?: string;
  /** 操作节点描述（PU-已揽收；OK-已送达；DD-破损送达） */
  operate_desc?: string;
  /** 运单号 */
  tracking_number?: string;
  /** 操作节点（PU、OK、DD） */
  operate_code?: string;
}

const REQUEST_SCHEMA = {
  bigbag_logistics_query_request: {
    seller_id: 'Number',
    bigbag_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hsf_result: {
    data: {
      logistics_trajectory_info_list: [
        {
          operate_time: 'String',
          operate_desc: 'String',
          tracking_number: 'String',
          operate_code: 'String',
        },
      ],
    },
    success: 'Boolean',
    error_code: 'String',
    internal_error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.im.pickup.bigbag.logistics.trajectory`: method, response root, request and response schemas. */
export const cainiaoGlobalImPickupBigbagLogisticsTrajectoryOperation = {
  method: 'cainiao.global.im.pickup.bigbag.logistics.trajectory',
  responseRoot: 'cainiao_global_im_pickup_bigbag_logistics_trajectory_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大包物流轨迹查询 — calls TOP method `cainiao.global.im.pickup.bigbag.logistics.trajectory`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalImPickupBigbagLogisticsTrajectory(
  client: TopClient,
  request: CainiaoGlobalImPickupBigbagLogisticsTrajectoryRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalImPickupBigbagLogisticsTrajectoryResponse> {
  return client.call<CainiaoGlobalImPickupBigbagLogisticsTrajectoryResponse>(
    {
      method: 'cainiao.global.im.pickup.bigbag.logistics.trajectory',
      responseRoot: 'cainiao_global_im_pickup_bigbag_logistics_trajectory_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
