// Generated from specs/eleenterpriseordernew/alibaba.ele.enterprise.ordernew.getstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.ordernew.getstatus` (订单状态查询接口). */
export interface AlibabaEleEnterpriseOrdernewGetstatusRequest {
  /** 订单号 */
  eleme_order_id?: string;
}

/** Response of `alibaba.ele.enterprise.ordernew.getstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseOrdernewGetstatusResponse {
  /** 返回值信息 */
  enterprise_data?: AlibabaEleEnterpriseOrdernewGetstatusStandardOrderTrackingInfoDto;
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StandardOrderTrackingInfoDto` of `alibaba.ele.enterprise.ordernew.getstatus`. */
export interface AlibabaEleEnterpriseOrdernewGetstatusStandardOrderTrackingInfoDto {
  /** 状态-兼容旧版本 */
  status_code?: Int64;
  /** 配送员电话-弃用-兼容旧版本 */
  deliveryan_phone?: string;
  /** 配送员电话-弃用-兼容旧版本 */
  extra?: string;
  /** 业务编号 */
  b_no?: string;
  /** 员工编号 */
  u_no?: string;
  /** 订单号 */
  order_no?: string;
  /** 订单状态(见附录) */
  status?: string;
  /** 备注 */
  remark?: string;
  /** 配送员姓名 */
  deliveryman_name?: string;
  /** 配送员电话 */
  deliveryman_phone?: string;
}

const REQUEST_SCHEMA = {
  eleme_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_data: {
    status_code: 'Number',
    deliveryan_phone: 'String',
    extra: 'String',
    b_no: 'String',
    u_no: 'String',
    order_no: 'String',
    status: 'String',
    remark: 'String',
    deliveryman_name: 'String',
    deliveryman_phone: 'String',
  },
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.ordernew.getstatus`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseOrdernewGetstatusOperation = {
  method: 'alibaba.ele.enterprise.ordernew.getstatus',
  responseRoot: 'alibaba_ele_enterprise_ordernew_getstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单状态查询接口 — calls TOP method `alibaba.ele.enterprise.ordernew.getstatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseOrdernewGetstatus(
  client: TopClient,
  request: AlibabaEleEnterpriseOrdernewGetstatusRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseOrdernewGetstatusResponse> {
  return client.call<AlibabaEleEnterpriseOrdernewGetstatusResponse>(
    {
      method: 'alibaba.ele.enterprise.ordernew.getstatus',
      responseRoot: 'alibaba_ele_enterprise_ordernew_getstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
