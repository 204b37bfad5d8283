// Generated from specs/btrip/alitrip.btrip.open.cost.center.entity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.entity.delete` (删除成本中心人员信息). */
export interface AlitripBtripOpenCostCenterEntityDeleteRequest {
  /** 入参对象 */
  rq: AlitripBtripOpenCostCenterEntityDeleteOpenCostCenterDeleteEntityRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.entity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterEntityDeleteResponse {
  /** 结果对象 */
  result?: AlitripBtripOpenCostCenterEntityDeleteOpenCostCenterDeleteEntityRs;
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterDeleteEntityRq` of `alitrip.btrip.open.cost.center.entity.delete`. */
export interface AlitripBtripOpenCostCenterEntityDeleteOpenCostCenterDeleteEntityRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 是否全部删除 */
  del_all: boolean;
  /** 删除的成员信息列表,del_all为true时可不填 */
  entity_list?: AlitripBtripOpenCostCenterEntityDeleteOpenOrgEntityDoInput[];
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

/** `OpenOrgEntityDo` of `alitrip.btrip.open.cost.center.entity.delete`. */
export interface AlitripBtripOpenCostCenterEntityDeleteOpenOrgEntityDoInput {
  /** 员工/部门/角色id/第三方部门id */
  entity_id: string;
  /** 人员类型:1员工，2部门，3角色，4第三方部门 */
  entity_type: string;
}

/** `OpenCostCenterDeleteEntityRs` of `alitrip.btrip.open.cost.center.entity.delete`. */
export interface AlitripBtripOpenCostCenterEntityDeleteOpenCostCenterDeleteEntityRs {
  /** 删除的人员/部门/角色个数 */
  remove_num?: Int64;
  /** 该成本中心下员工总数 */
  selected_user_num?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    del_all: 'Boolean',
    entity_list: [
      {
        entity_id: 'String',
        entity_type: 'String',
      },
    ],
    thirdpart_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    remove_num: 'Number',
    selected_user_num: 'Number',
  },
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.entity.delete`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterEntityDeleteOperation = {
  method: 'alitrip.btrip.open.cost.center.entity.delete',
  responseRoot: 'alitrip_btrip_open_cost_center_entity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除成本中心人员信息 — calls TOP method `alitrip.btrip.open.cost.center.entity.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterEntityDelete(
  client: TopClient,
  request: AlitripBtripOpenCostCenterEntityDeleteRequest,
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterEntityDeleteResponse> {
  return client.call<AlitripBtripOpenCostCenterEntityDeleteResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.entity.delete',
      responseRoot: 'alitrip_btrip_open_cost_center_entity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
