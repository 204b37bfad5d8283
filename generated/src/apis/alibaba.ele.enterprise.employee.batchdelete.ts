// Generated from specs/eleenterpriseemployee/alibaba.ele.enterprise.employee.batchdelete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.employee.batchdelete` (批量删除员工). */
export interface AlibabaEleEnterpriseEmployeeBatchdeleteRequest {
  /**
   * 员工工号
   *
   * Max list size: 20
   */
  employee_nos: string[];
}

/** Response of `alibaba.ele.enterprise.employee.batchdelete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseEmployeeBatchdeleteResponse {
  /** 返回值信息 */
  enterprise_data?: AlibabaEleEnterpriseEmployeeBatchdeleteEnterpriseData;
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.employee.batchdelete`. */
export interface AlibabaEleEnterpriseEmployeeBatchdeleteEnterpriseData {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msgs?: AlibabaEleEnterpriseEmployeeBatchdeleteErrorMsg[];
}

/** `ErrorMsg` of `alibaba.ele.enterprise.employee.batchdelete`. */
export interface AlibabaEleEnterpriseEmployeeBatchdeleteErrorMsg {
  /** 请求报文 */
  req_body?: string;
  /** 失败原因 */
  reason?: string;
}

const REQUEST_SCHEMA = {
  employee_nos: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_data: {
    success: 'Boolean',
    error_msgs: [
      {
        req_body: 'String',
        reason: 'String',
      },
    ],
  },
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.employee.batchdelete`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseEmployeeBatchdeleteOperation = {
  method: 'alibaba.ele.enterprise.employee.batchdelete',
  responseRoot: 'alibaba_ele_enterprise_employee_batchdelete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量删除员工 — calls TOP method `alibaba.ele.enterprise.employee.batchdelete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseEmployeeBatchdelete(
  client: TopClient,
  request: AlibabaEleEnterpriseEmployeeBatchdeleteRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseEmployeeBatchdeleteResponse> {
  return client.call<AlibabaEleEnterpriseEmployeeBatchdeleteResponse>(
    {
      method: 'alibaba.ele.enterprise.employee.batchdelete',
      responseRoot: 'alibaba_ele_enterprise_employee_batchdelete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
