// Generated from specs/eleenterpriseemployee/alibaba.ele.enterprise.employee.batchupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.employee.batchupdate` (批量新增更新员工). */
export interface AlibabaEleEnterpriseEmployeeBatchupdateRequest {
  /**
   * 批量员工信息
   *
   * Max list size: 20
   */
  enterprise_datas?: AlibabaEleEnterpriseEmployeeBatchupdateEmployeeInfoDtoInput[];
}

/** Response of `alibaba.ele.enterprise.employee.batchupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseEmployeeBatchupdateResponse {
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** 返回结果 */
  enterprise_data?: AlibabaEleEnterpriseEmployeeBatchupdateEnterpriseData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EmployeeInfoDto` of `alibaba.ele.enterprise.employee.batchupdate`. */
export interface AlibabaEleEnterpriseEmployeeBatchupdateEmployeeInfoDtoInput {
  /** 部门 */
  dept_name?: string;
  /** 手机号 */
  phone_number?: string;
  /** 成本中心 */
  cost_center?: AlibabaEleEnterpriseEmployeeBatchupdateCostCenterInput;
  /** 姓名 */
  name?: string;
  /** 工号 */
  employee_no?: string;
}

/** `CostCenter` of `alibaba.ele.enterprise.employee.batchupdate`. */
export interface AlibabaEleEnterpriseEmployeeBatchupdateCostCenterInput {
  /** 删除成本中心列表 */
  delete_item_ids?: string[];
  /** 新增成本中心列表 */
  add_item_ids?: string[];
}

/** `EnterpriseData` of `alibaba.ele.enterprise.employee.batchupdate`. */
export interface AlibabaEleEnterpriseEmployeeBatchupdateEnterpriseData {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msgs?: AlibabaEleEnterpriseEmployeeBatchupdateErrorMsg[];
}

/** `ErrorMsg` of `alibaba.ele.enterprise.employee.batchupdate`. */
export interface AlibabaEleEnterpriseEmployeeBatchupdateErrorMsg {
  /** 请求报文 */
  req_body?: string;
  /** 失败原因 */
  reason?: string;
}

const REQUEST_SCHEMA = {
  enterprise_datas: [
    {
      dept_name: 'String',
      phone_number: 'String',
      cost_center: {
        delete_item_ids: ['String'],
        add_item_ids: ['String'],
      },
      name: 'String',
      employee_no: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
  enterprise_data: {
    success: 'Boolean',
    error_msgs: [
      {
        req_body: 'String',
        reason: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.employee.batchupdate`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseEmployeeBatchupdateOperation = {
  method: 'alibaba.ele.enterprise.employee.batchupdate',
  responseRoot: 'alibaba_ele_enterprise_employee_batchupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量新增更新员工 — calls TOP method `alibaba.ele.enterprise.employee.batchupdate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseEmployeeBatchupdate(
  client: TopClient,
  request: AlibabaEleEnterpriseEmployeeBatchupdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseEmployeeBatchupdateResponse> {
  return client.call<AlibabaEleEnterpriseEmployeeBatchupdateResponse>(
    {
      method: 'alibaba.ele.enterprise.employee.batchupdate',
      responseRoot: 'alibaba_ele_enterprise_employee_batchupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
