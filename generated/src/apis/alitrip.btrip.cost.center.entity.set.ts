// Generated from specs/btrip/alitrip.btrip.cost.center.entity.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.cost.center.entity.set` (设置外部成本中心人员信息). */
export interface AlitripBtripCostCenterEntitySetRequest {
  /** 请求对象 */
  rq: AlitripBtripCostCenterEntitySetOpenCostCenterSetEntityRqInput;
}

/** Response of `alitrip.btrip.cost.center.entity.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCostCenterEntitySetResponse {
  /** 返回对象 */
  result?: AlitripBtripCostCenterEntitySetBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterSetEntityRq` of `alitrip.btrip.cost.center.entity.set`. */
export interface AlitripBtripCostCenterEntitySetOpenCostCenterSetEntityRqInput {
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 人员信息列表 */
  entity_list: AlitripBtripCostCenterEntitySetOpenOrgEntityDoInput[];
  /** 企业id */
  corp_id: string;
}

/** `OpenOrgEntityDo` of `alitrip.btrip.cost.center.entity.set`. */
export interface AlitripBtripCostCenterEntitySetOpenOrgEntityDoInput {
  /** 人员类型:1员工，2部门，3角色 */
  entity_type: string;
  /** 员工/部门/角色id */
  entity_id: string;
}

/** `BtriphomeResult` of `alitrip.btrip.cost.center.entity.set`. */
export interface AlitripBtripCostCenterEntitySetBtriphomeResult {
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
  /** 结果对象 */
  module?: AlitripBtripCostCenterEntitySetOpenCostCenterSetEntityRs;
}

/** `OpenCostCenterSetEntityRs` of `alitrip.btrip.cost.center.entity.set`. */
export interface AlitripBtripCostCenterEntitySetOpenCostCenterSetEntityRs {
  /** 增加的人员信息条数 */
  add_num?: Int64;
  /** 删除的人员信息条数 */
  remove_num?: Int64;
  /** 该成本中心下员工总数 */
  selected_user_num?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_id: 'String',
    entity_list: [
      {
        entity_type: 'String',
        entity_id: 'String',
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
      add_num: 'Number',
      remove_num: 'Number',
      selected_user_num: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.cost.center.entity.set`: method, response root, request and response schemas. */
export const alitripBtripCostCenterEntitySetOperation = {
  method: 'alitrip.btrip.cost.center.entity.set',
  responseRoot: 'alitrip_btrip_cost_center_entity_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置外部成本中心人员信息 — calls TOP method `alitrip.btrip.cost.center.entity.set`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCostCenterEntitySet(
  client: TopClient,
  request: AlitripBtripCostCenterEntitySetRequest,
  options?: CallOptions,
): Promise<AlitripBtripCostCenterEntitySetResponse> {
  return client.call<AlitripBtripCostCenterEntitySetResponse>(
    {
      method: 'alitrip.btrip.cost.center.entity.set',
      responseRoot: 'alitrip_btrip_cost_center_entity_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
