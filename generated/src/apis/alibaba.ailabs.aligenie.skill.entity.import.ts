// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.skill.entity.import.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.skill.entity.import` (实体动态更新). */
export interface AlibabaAilabsAligenieSkillEntityImportRequest {
  /** 技能Id */
  skill_id: Int64Input;
  /** 是否增量更新，true为增量，否则上传数据中没有的实体值将被删除 */
  append?: boolean;
  /** 测试，目前没有此功能，此参数无效 */
  test?: boolean;
  /** 固定值，ISV */
  type?: string;
  /** 要更新的实体名 */
  entity_name: string;
  /** 文件内容 */
  file_data: TopFile;
}

/** Response of `alibaba.ailabs.aligenie.skill.entity.import`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieSkillEntityImportResponse {
  /** 返回包装类 */
  result?: AlibabaAilabsAligenieSkillEntityImportBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.ailabs.aligenie.skill.entity.import`. */
export interface AlibabaAilabsAligenieSkillEntityImportBaseResult {
  /** 实体更新结果对象 */
  ret_value?: AlibabaAilabsAligenieSkillEntityImportSimpleTextImportResult;
  /** 服务返回错误码 */
  ret_code?: Int64;
  /** 服务返回错误信息 */
  ret_msg?: string;
}

/** `SimpleTextImportResult` of `alibaba.ailabs.aligenie.skill.entity.import`. */
export interface AlibabaAilabsAligenieSkillEntityImportSimpleTextImportResult {
  /** 已存在或重复的实体数 */
  num_exist?: Int64;
  /** 上传失败的实体数 */
  num_failed?: Int64;
  /** 上传成功的实体数 */
  num_successful?: Int64;
}

const REQUEST_SCHEMA = {
  skill_id: 'Number',
  append: 'Boolean',
  test: 'Boolean',
  type: 'String',
  entity_name: 'String',
  file_data: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_value: {
      num_exist: 'Number',
      num_failed: 'Number',
      num_successful: 'Number',
    },
    ret_code: 'Number',
    ret_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.skill.entity.import`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieSkillEntityImportOperation = {
  method: 'alibaba.ailabs.aligenie.skill.entity.import',
  responseRoot: 'alibaba_ailabs_aligenie_skill_entity_import_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实体动态更新 — calls TOP method `alibaba.ailabs.aligenie.skill.entity.import`.
 *
 * 根据用户上传的实体信息，进行制定技能实体的动态变更
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieSkillEntityImport(
  client: TopClient,
  request: AlibabaAilabsAligenieSkillEntityImportRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieSkillEntityImportResponse> {
  return client.call<AlibabaAilabsAligenieSkillEntityImportResponse>(
    {
      method: 'alibaba.ailabs.aligenie.skill.entity.import',
      responseRoot: 'alibaba_ailabs_aligenie_skill_entity_import_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
