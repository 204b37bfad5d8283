// Generated from specs/btrip/alitrip.btrip.cost.center.entity.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.cost.center.entity.add` (增加外部成本中心人员信息). */
export interface AlitripBtripCostCenterEntityAddRequest {
  /** 请求对象 */
  rq: AlitripBtripCostCenterEntityAddOpenCostCenterAddEntityRqInput;
}

/** Response of `alitrip.btrip.cost.center.entity.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCostCenterEntityAddResponse {
  /** 返回对象 */
  result?: AlitripBtripCostCenterEntityAddBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterAddEntityRq` of `alitrip.btrip.cost.center.entity.add`. */
export interface AlitripBtripCostCenterEntityAddOpenCostCenterAddEntityRqInput {
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 人员信息列表 */
  entity_list: AlitripBtripCostCenterEntityAddOpenOrgEntityDoInput[];
  /** 企业id */
  corp_id: string;
}

/** `OpenOrgEntityDo` of `alitrip.btrip.cost.center.entity.add`. */
export interface AlitripBtripCostCenterEntityAddOpenOrgEntityDoInput {
  /** 员工/部门/角色id */
  entity_id: string;
  /** 人员类型:1员工，2部门，3角色 */
  entity_type: string;
}

/** `BtriphomeResult` of `alitrip.btrip.cost.center.entity.add`. */
export interface AlitripBtripCostCenterEntityAddBtriphomeResult {
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
  /** 结果对象 */
  module?: AlitripBtripCostCenterEntityAddOpenCostCenterAddEntityRs;
}

/** `OpenCostCenterAddEntityRs` of `alitrip.btrip.cost.center.entity.add`. */
export interface AlitripBtripCostCenterEntityAddOpenCostCenterAddEntityRs {
  /** 该成本中心下员工总数 */
  selected_user_num?: Int64;
  /** 增加的人员信息条数 */
  add_num?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_id: 'String',
    entity_list: [
      {
        entity_id: 'String',
        entity_type: 'String',
      },
    ],
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
    module: {
      selected_user_num: 'Number',
      add_num: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.cost.center.entity.add`: method, response root, request and response schemas. */
export const alitripBtripCostCenterEntityAddOperation = {
  method: 'alitrip.btrip.cost.center.entity.add',
  responseRoot: 'alitrip_btrip_cost_center_entity_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加外部成本中心人员信息 — calls TOP method `alitrip.btrip.cost.center.entity.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCostCenterEntityAdd(
  client: TopClient,
  request: AlitripBtripCostCenterEntityAddRequest,
  options?: CallOptions,
): Promise<AlitripBtripCostCenterEntityAddResponse> {
  return client.call<AlitripBtripCostCenterEntityAddResponse>(
    {
      method: 'alitrip.btrip.cost.center.entity.add',
      responseRoot: 'alitrip_btrip_cost_center_entity_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
