// Generated from specs/logistic/taobao.logistics.express.packageweight.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.packageweight.sync` (TMS包裹重量回传). */
export interface TaobaoLogisticsExpressPackageweightSyncRequest {
  /** 包裹重量信息 */
  tms_package_weight_request: TaobaoLogisticsExpressPackageweightSyncTmsPackageWeightRequestInput;
}

/** Response of `taobao.logistics.express.packageweight.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressPackageweightSyncResponse {
  /** 校验成功或者异常 */
  suc?: boolean;
  /** 错误码描述 */
  biz_error_message?: string;
  /** 错误码标识 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsPackageWeightRequest` of `taobao.logistics.express.packageweight.sync`. */
export interface TaobaoLogisticsExpressPackageweightSyncTmsPackageWeightRequestInput {
  /** 运单号 */
  mail_no: string;
  /** 单据标识 */
  biz_code?: string;
  /** 包裹重量，单位克。若无重量，则需要通过abnormal_type字段给出原因 */
  weight?: string;
  /** 快递公司资源编码 */
  tms_cp_code?: string;
  /** 无包裹重量或者包裹不准确的类型 0-包裹重量有效（默认有效） 1-无包裹重量 2-包裹重量不准确。若存在weight，则不需要传该值 */
  abnormal_type?: string;
  /** 无包裹重量或者包裹不准确的原因。若存在weight，则不需要传该值 */
  abnormal_desc?: string;
  /** 服务商侧计费重量，单位g，小数点后2位 */
  charging_weight?: string;
  /** 计抛重量，单位g，小数点后2位 */
  throwing_weight?: string;
  /** 包裹长度 (单位：cm)，小数点后2位 */
  length?: string;
  /** 包裹宽度 (单位：cm)，小数点后2位 */
  width?: string;
  /** 包裹高度（单位：cm)，小数点后2位 */
  height?: string;
}

const REQUEST_SCHEMA = {
  tms_package_weight_request: {
    mail_no: 'String',
    biz_code: 'String',
    weight: 'String',
    tms_cp_code: 'String',
    abnormal_type: 'String',
    abnormal_desc: 'String',
    charging_weight: 'String',
    throwing_weight: 'String',
    length: 'String',
    width: 'String',
    height: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.packageweight.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressPackageweightSyncOperation = {
  method: 'taobao.logistics.express.packageweight.sync',
  responseRoot: 'logistics_express_packageweight_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * TMS包裹重量回传 — calls TOP method `taobao.logistics.express.packageweight.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressPackageweightSync(
  client: TopClient,
  request: TaobaoLogisticsExpressPackageweightSyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressPackageweightSyncResponse> {
  return client.call<TaobaoLogisticsExpressPackageweightSyncResponse>(
    {
      method: 'taobao.logistics.express.packageweight.sync',
      responseRoot: 'logistics_express_packageweight_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
