// Generated from specs/wdklogistics/alibaba.wdk.logistics.pus.pickup.cararrived.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.logistics.pus.pickup.cararrived` (自提业务-车辆到达上报车牌号). */
export interface AlibabaWdkLogisticsPusPickupCararrivedRequest {
  /** 自提点 */
  station_code: string;
  /** 车牌号 */
  car_num: string;
}

/** Response of `alibaba.wdk.logistics.pus.pickup.cararrived`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkLogisticsPusPickupCararrivedResponse {
  /** result根结点 */
  result?: AlibabaWdkLogisticsPusPickupCararrivedLogisticsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsResult` of `alibaba.wdk.logistics.pus.pickup.cararrived`. */
export interface AlibabaWdkLogisticsPusPickupCararrivedLogisticsResult {
  /** code */
  code?: string;
  /** 内容节点 */
  datas?: AlibabaWdkLogisticsPusPickupCararrivedData[];
  /** 是否成功 */
  success?: boolean;
  /** 接口服务查询结果描述 */
  message?: string;
}

/** `Data` of `alibaba.wdk.logistics.pus.pickup.cararrived`. */
export interface AlibabaWdkLogisticsPusPickupCararrivedData {
  /** 自提点code */
  station_code?: string;
  /** 脱敏订单号 */
  order_code?: string;
  /** 状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  station_code: 'String',
  car_num: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    datas: [
      {
        station_code: 'String',
        order_code: 'String',
        status: 'String',
      },
    ],
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.logistics.pus.pickup.cararrived`: method, response root, request and response schemas. */
export const alibabaWdkLogisticsPusPickupCararrivedOperation = {
  method: 'alibaba.wdk.logistics.pus.pickup.cararrived',
  responseRoot: 'alibaba_wdk_logistics_pus_pickup_cararrived_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自提业务-车辆到达上报车牌号 — calls TOP method `alibaba.wdk.logistics.pus.pickup.cararrived`.
 *
 * 自提业务-汽车自提,车辆到达上报车牌号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkLogisticsPusPickupCararrived(
  client: TopClient,
  request: AlibabaWdkLogisticsPusPickupCararrivedRequest,
  options?: CallOptions,
): Promise<AlibabaWdkLogisticsPusPickupCararrivedResponse> {
  return client.call<AlibabaWdkLogisticsPusPickupCararrivedResponse>(
    {
      method: 'alibaba.wdk.logistics.pus.pickup.cararrived',
      responseRoot: 'alibaba_wdk_logistics_pus_pickup_cararrived_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
