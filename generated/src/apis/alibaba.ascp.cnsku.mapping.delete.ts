// Generated from specs/fenxiao/alibaba.ascp.cnsku.mapping.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.cnsku.mapping.delete` (货品关系解绑). */
export interface AlibabaAscpCnskuMappingDeleteRequest {
  /** 待解绑的货品关系 */
  cnsku_relation_dto: AlibabaAscpCnskuMappingDeleteCnskuRelationDTOInput;
  /** 操作信息(不要传null) */
  cnsku_relation_operate_option?: AlibabaAscpCnskuMappingDeleteCnskuRelationOperateOptionInput;
}

/** Response of `alibaba.ascp.cnsku.mapping.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpCnskuMappingDeleteResponse {
  /** 成功的关联关系集合 */
  success_result_map?: string | Record<string, unknown>;
  /** 错误编码 */
  ero_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 是否系统异常 */
  is_system_failed?: boolean;
  /** 失败的关联关系集合 */
  fail_result_map?: string | Record<string, unknown>;
  /** 错误信息 */
  ero_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CnskuRelationDTO` of `alibaba.ascp.cnsku.mapping.delete`. */
export interface AlibabaAscpCnskuMappingDeleteCnskuRelationDTOInput {
  /** 关系类型;6:商货关系;8:主子货品关系;16:商货预关联关系 */
  relation_type: Int64Input;
  /** 货品ID */
  target_item_id: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
  /** skuId,当商品存在sku时,该参数必传 */
  ic_sku_id?: Int64Input;
}

/** `CnskuRelationOperateOption` of `alibaba.ascp.cnsku.mapping.delete`. */
export interface AlibabaAscpCnskuMappingDeleteCnskuRelationOperateOptionInput {
  /** 操作类型(默认为DELET) */
  operate_type?: string;
}

const REQUEST_SCHEMA = {
  cnsku_relation_dto: {
    relation_type: 'Number',
    target_item_id: 'Number',
    item_id: 'Number',
    ic_sku_id: 'Number',
  },
  cnsku_relation_operate_option: {
    operate_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_result_map: 'Json',
  ero_code: 'String',
  is_success: 'Boolean',
  is_system_failed: 'Boolean',
  fail_result_map: 'Json',
  ero_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.cnsku.mapping.delete`: method, response root, request and response schemas. */
export const alibabaAscpCnskuMappingDeleteOperation = {
  method: 'alibaba.ascp.cnsku.mapping.delete',
  responseRoot: 'alibaba_ascp_cnsku_mapping_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货品关系解绑 — calls TOP method `alibaba.ascp.cnsku.mapping.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpCnskuMappingDelete(
  client: TopClient,
  request: AlibabaAscpCnskuMappingDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaAscpCnskuMappingDeleteResponse> {
  return client.call<AlibabaAscpCnskuMappingDeleteResponse>(
    {
      method: 'alibaba.ascp.cnsku.mapping.delete',
      responseRoot: 'alibaba_ascp_cnsku_mapping_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
