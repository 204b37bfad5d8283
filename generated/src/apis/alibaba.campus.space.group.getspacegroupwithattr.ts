// Generated from specs/campus/alibaba.campus.space.group.getspacegroupwithattr.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.group.getspacegroupwithattr` (空间分组id查业务属性实例). */
export interface AlibabaCampusSpaceGroupGetspacegroupwithattrRequest {
  /** 操作用户上下文 */
  context?: AlibabaCampusSpaceGroupGetspacegroupwithattrWorkBenchContextInput;
  /** 空间单元id */
  group_id: Int64Input;
}

/** Response of `alibaba.campus.space.group.getspacegroupwithattr`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceGroupGetspacegroupwithattrResponse {
  /** result */
  result?: AlibabaCampusSpaceGroupGetspacegroupwithattrPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.group.getspacegroupwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegroupwithattrWorkBenchContextInput {
  /** 用户id */
  user_id?: Int64Input;
  /** 园区编码 */
  campus_code?: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.space.group.getspacegroupwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegroupwithattrPojoResult {
  /** content */
  content?: AlibabaCampusSpaceGroupGetspacegroupwithattrSpaceGroup;
  /** requestId */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorLevel */
  error_level?: string;
}

/** `SpaceGroup` of `alibaba.campus.space.group.getspacegroupwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegroupwithattrSpaceGroup {
  /** uuid */
  uuid?: string;
  /** isDelete */
  is_delete?: boolean;
  /** code */
  code?: string;
  /** description */
  description?: string;
  /** floorId */
  floor_id?: Int64;
  /** floorName */
  floor_name?: string;
  /** campusId */
  campus_id?: Int64;
  /** typeId */
  type_id?: Int64;
  /** campusName */
  campus_name?: string;
  /** typeName */
  type_name?: string;
  /** id */
  id?: Int64;
  /** typeCode */
  type_code?: string;
  /** name */
  name?: string;
  /** buildingId */
  building_id?: Int64;
  /** buildingName */
  building_name?: string;
  /** attrs */
  attrs?: AlibabaCampusSpaceGroupGetspacegroupwithattrTypeAttrInstance[];
}

/** `TypeAttrInstance` of `alibaba.campus.space.group.getspacegroupwithattr`. */
export interface AlibabaCampusSpaceGroupGetspacegroupwithattrTypeAttrInstance {
  /** typeAttrRefId */
  type_attr_ref_id?: Int64;
  /** attrName */
  attr_name?: string;
  /** attrCode */
  attr_code?: string;
  /** value */
  value?: string;
  /** valueType */
  value_type?: string;
  /** uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  context: {
    user_id: 'Number',
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  group_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      uuid: 'String',
      is_delete: 'Boolean',
      code: 'String',
      description: 'String',
      floor_id: 'Number',
      floor_name: 'String',
      campus_id: 'Number',
      type_id: 'Number',
      campus_name: 'String',
      type_name: 'String',
      id: 'Number',
      type_code: 'String',
      name: 'String',
      building_id: 'Number',
      building_name: 'String',
      attrs: [
        {
          type_attr_ref_id: 'Number',
          attr_name: 'String',
          attr_code: 'String',
          value: 'String',
          value_type: 'String',
          uuid: 'String',
        },
      ],
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.group.getspacegroupwithattr`: method, response root, request and response schemas. */
export const alibabaCampusSpaceGroupGetspacegroupwithattrOperation = {
  method: 'alibaba.campus.space.group.getspacegroupwithattr',
  responseRoot: 'alibaba_campus_space_group_getspacegroupwithattr_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 空间分组id查业务属性实例 — calls TOP method `alibaba.campus.space.group.getspacegroupwithattr`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceGroupGetspacegroupwithattr(
  client: TopClient,
  request: AlibabaCampusSpaceGroupGetspacegroupwithattrRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceGroupGetspacegroupwithattrResponse> {
  return client.call<AlibabaCampusSpaceGroupGetspacegroupwithattrResponse>(
    {
      method: 'alibaba.campus.space.group.getspacegroupwithattr',
      responseRoot: 'alibaba_campus_space_group_getspacegroupwithattr_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
