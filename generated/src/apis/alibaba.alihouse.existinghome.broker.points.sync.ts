// Generated from specs/alihouse/alibaba.alihouse.existinghome.broker.points.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.broker.points.sync` (经纪人积分同步). */
export interface AlibabaAlihouseExistinghomeBrokerPointsSyncRequest {
  /** 经纪人积分列表 */
  broker_points_list: AlibabaAlihouseExistinghomeBrokerPointsSyncSyncBrokerPointsDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.broker.points.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeBrokerPointsSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeBrokerPointsSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncBrokerPointsDTO` of `alibaba.alihouse.existinghome.broker.points.sync`. */
export interface AlibabaAlihouseExistinghomeBrokerPointsSyncSyncBrokerPointsDTOInput {
  /** 外部经纪人ID */
  outer_consultant_id?: string;
  /** 经纪人积分因素列表 */
  points_factors: AlibabaAlihouseExistinghomeBrokerPointsSyncPointsFactorDTOInput[];
  /** 业务数据归属时间 */
  business_time?: string;
  /** 0默认不是测试，1是测试数据 */
  is_test?: Int64Input;
}

/** `PointsFactorDTO` of `alibaba.alihouse.existinghome.broker.points.sync`. */
export interface AlibabaAlihouseExistinghomeBrokerPointsSyncPointsFactorDTOInput {
  /** 经纪人积分因素 */
  point_factor?: string;
  /** 经纪人积分分值 */
  point_score?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.broker.points.sync`. */
export interface AlibabaAlihouseExistinghomeBrokerPointsSyncResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 操作结果 */
  data?: AlibabaAlihouseExistinghomeBrokerPointsSyncBrokerPointResultDTO[];
}

/** `BrokerPointResultDTO` of `alibaba.alihouse.existinghome.broker.points.sync`. */
export interface AlibabaAlihouseExistinghomeBrokerPointsSyncBrokerPointResultDTO {
  /** 1 */
  outer_id?: string;
  /** 1 */
  success?: boolean;
  /** 1 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  broker_points_list: {
    outer_consultant_id: 'String',
    points_factors: [
      {
        point_factor: 'String',
        point_score: 'Number',
      },
    ],
    business_time: 'String',
    is_test: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: [
      {
        outer_id: 'String',
        success: 'Boolean',
        msg: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.broker.points.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeBrokerPointsSyncOperation = {
  method: 'alibaba.alihouse.existinghome.broker.points.sync',
  responseRoot: 'alibaba_alihouse_existinghome_broker_points_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 经纪人积分同步 — calls TOP method `alibaba.alihouse.existinghome.broker.points.sync`.
 *
 * 经纪人积分
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeBrokerPointsSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeBrokerPointsSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeBrokerPointsSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeBrokerPointsSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.broker.points.sync',
      responseRoot: 'alibaba_alihouse_existinghome_broker_points_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
